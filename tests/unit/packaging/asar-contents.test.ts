// The rules the offline packaging check applies to app.asar, tested on made-up
// listings so each rule is seen to fail (the real run is tests/package/).
import { describe, expect, it } from 'vitest';
import { asarProblems, packageFolderOf } from '../../package/asar-contents';

const BUILT = [
  '/dist',
  '/dist/electron',
  '/dist/electron/main.js',
  '/dist/electron/preload.cjs',
  '/dist/renderer',
  '/dist/renderer/index.html',
  '/dist/renderer/assets/index-abc.js',
  '/package.json',
];
const MODULES = [
  '/node_modules',
  '/node_modules/zod',
  '/node_modules/zod/index.js',
  '/node_modules/@img',
  '/node_modules/@img/sharp-linux-x64/lib/sharp.node',
  '/node_modules/conf/node_modules/ajv/dist/ajv.js',
];
const production = new Set([
  'node_modules/zod',
  'node_modules/@img/sharp-linux-x64',
  'node_modules/conf',
  'node_modules/conf/node_modules/ajv',
]);
const check = (files: string[], directDependencies = ['zod']) =>
  asarProblems({ files, productionPackages: production, directDependencies });

describe('app.asar content rules', () => {
  it('accept the built output with the production node_modules', () => {
    expect(check([...BUILT, ...MODULES])).toEqual([]);
  });

  it('require the built main, preload, renderer page and package.json', () => {
    expect(check(MODULES)).toEqual([
      'missing /dist/electron/main.js',
      'missing /dist/electron/preload.cjs',
      'missing /dist/renderer/index.html',
      'missing /package.json',
    ]);
  });

  it('refuse sources, tests, docs, scripts and source maps', () => {
    expect(
      check([
        ...BUILT,
        '/renderer/src/App.tsx',
        '/tests/unit/a.test.ts',
        '/docs/security.md',
        '/scripts/start.js',
        '/dist/electron/main.js.map',
        '/dist/electron/stray.ts',
        '/dist/bench/x.js',
        ...MODULES,
      ]),
    ).toEqual([
      'TypeScript source: /dist/electron/stray.ts',
      'not built output: /dist/bench/x.js',
      'not built output: /docs/security.md',
      'not built output: /renderer/src/App.tsx',
      'not built output: /scripts/start.js',
      'not built output: /tests/unit/a.test.ts',
      'source map: /dist/electron/main.js.map',
    ]);
  });

  it('refuse packages outside the production dependencies, and need every direct one', () => {
    expect(
      check(
        [...BUILT, '/node_modules/vitest/index.js', '/node_modules/@types/react/index.d.ts'],
        ['zod'],
      ),
    ).toEqual([
      'dependency missing: zod',
      'not a production dependency: node_modules/@types/react',
      'not a production dependency: node_modules/vitest',
    ]);
  });

  it('name the innermost package folder of a path', () => {
    expect(packageFolderOf('/node_modules/@img/sharp-linux-x64/lib/x.node')).toBe(
      'node_modules/@img/sharp-linux-x64',
    );
    expect(packageFolderOf('/node_modules/conf/node_modules/ajv/dist/ajv.js')).toBe(
      'node_modules/conf/node_modules/ajv',
    );
    expect(packageFolderOf('/node_modules/@img')).toBeNull();
    expect(packageFolderOf('/dist/electron/main.js')).toBeNull();
  });
});

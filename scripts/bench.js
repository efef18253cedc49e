// `npm run bench` (after `npm run build`): bundles bench/ with esbuild into
// bench-results/.build/ and runs it. The benchmarks are TypeScript under bench/;
// the browser page is bundled for Chromium, the runner for Node. Arguments are
// passed through (e.g. `node scripts/bench.js --quick`, `--only=library,export`).
// See docs/benchmarks.md.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { copyFile, mkdir, rm } from 'node:fs/promises';

const out = 'bench-results/.build';
await rm(out, { recursive: true, force: true });
await mkdir(`${out}/pages/bare-lexical`, { recursive: true });

await build({
  entryPoints: ['bench/run.ts'],
  outfile: `${out}/run.mjs`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

// The bare-Lexical page: a production bundle like the app's, same Lexical copy.
await build({
  entryPoints: ['bench/pages/bare-lexical/main.ts'],
  outfile: `${out}/pages/bare-lexical/main.js`,
  bundle: true,
  platform: 'browser',
  target: 'chrome130',
  format: 'esm',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
await copyFile('bench/pages/bare-lexical/index.html', `${out}/pages/bare-lexical/index.html`);

const child = spawn(
  process.execPath,
  ['--expose-gc', '--enable-source-maps', `${out}/run.mjs`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

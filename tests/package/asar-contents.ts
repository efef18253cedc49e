/**
 * What app.asar may hold, as pure rules over its file listing, so they are
 * unit-tested (tests/unit/packaging/) apart from the slow packaging run that
 * applies them (app-asar.test.ts).
 */

/** Built files the app cannot start without. */
export const REQUIRED_APP_FILES = [
  '/dist/electron/main.js',
  '/dist/electron/preload.cjs',
  '/dist/renderer/index.html',
  '/package.json',
];

/**
 * The innermost package folder a listed path lies in ("node_modules/a" or
 * "node_modules/a/node_modules/@s/b"), or null outside node_modules and for a
 * bare scope folder ("node_modules/@img").
 */
export function packageFolderOf(entry: string): string | null {
  const parts = entry.replace(/^\/+/, '').split('/');
  let folder: string | null = null;
  for (let i = 0; i < parts.length - 1; i++) {
    if (parts[i] !== 'node_modules') continue;
    const scoped = parts[i + 1]!.startsWith('@');
    if (scoped && parts[i + 2] === undefined) break;
    folder = parts.slice(0, i + (scoped ? 3 : 2)).join('/');
  }
  return folder;
}

export function packageFolders(entries: string[]): Set<string> {
  const result = new Set<string>();
  for (const entry of entries) {
    const folder = packageFolderOf(entry);
    if (folder) result.add(folder);
  }
  return result;
}

export interface AsarListing {
  /** Every file in app.asar, as `@electron/asar` lists it ("/dist/…"). */
  files: string[];
  /**
   * Package folders npm installs for production ("node_modules/…"), from
   * `npm ls --omit=dev`: the most the asar may hold. It may hold less, since
   * electron-builder leaves out peer dependencies nobody requires (Lexical's
   * optional `typescript` peer, for one).
   */
  productionPackages: Set<string>;
  /** package.json "dependencies": each must be in the asar. */
  directDependencies: string[];
}

/** Every reason the listing is not "the built output and the production node_modules". */
export function asarProblems({
  files,
  productionPackages,
  directDependencies,
}: AsarListing): string[] {
  const problems: string[] = [];
  const fileSet = new Set(files);
  for (const required of REQUIRED_APP_FILES)
    if (!fileSet.has(required)) problems.push(`missing ${required}`);

  for (const file of files) {
    if (file === '/node_modules' || file.startsWith('/node_modules/')) continue;
    if (file === '/package.json' || file === '/dist') continue;
    if (!/^\/dist\/(electron|renderer)(\/|$)/.test(file))
      problems.push(`not built output: ${file}`);
    else if (/\.map$/.test(file)) problems.push(`source map: ${file}`);
    else if (/\.(ts|tsx|mts|cts)$/.test(file)) problems.push(`TypeScript source: ${file}`);
  }

  const packed = packageFolders(files);
  for (const folder of packed)
    if (!productionPackages.has(folder)) problems.push(`not a production dependency: ${folder}`);
  for (const name of directDependencies)
    if (!packed.has(`node_modules/${name}`)) problems.push(`dependency missing: ${name}`);
  return problems.sort();
}

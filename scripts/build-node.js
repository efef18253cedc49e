// Bundles the main-process side (Electron main, preload, web host, CLI) with
// esbuild. Dependencies stay external and load from node_modules at run time;
// the preload is CommonJS because a sandboxed preload cannot be an ES module.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};

const esmEntries = {
  main: 'electron/main/main.ts',
  'web-host': 'electron/host/web-host.ts',
  cli: 'electron/cli/newsdesk.ts',
};

await build({
  ...common,
  entryPoints: Object.fromEntries(
    Object.entries(esmEntries).filter(([, file]) => existsSync(file)),
  ),
  outdir: 'dist/electron',
  format: 'esm',
});

if (existsSync('electron/main/preload.ts')) {
  await build({
    ...common,
    entryPoints: ['electron/main/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
  });
}

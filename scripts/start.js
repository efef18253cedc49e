// `npm start`: runs the desktop app. Electron's binary is not downloaded at
// install time (package.json allowScripts keeps its postinstall off, because the
// download fails without network); it is fetched here on first run. Where that
// cannot happen, say so plainly and serve the same app through the web host.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));

function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

let binary = electronBinary();
if (!binary) {
  console.log('Newsdesk: fetching the Electron runtime (first start only)…');
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: 'inherit',
    timeout: 5 * 60_000,
  });
  if (install.status === 0) binary = electronBinary();
}

if (binary) {
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    'Newsdesk: the Electron runtime could not be downloaded on this machine, so the desktop ' +
      'window cannot open. Serving the same app in your browser instead (the web host).',
  );
  const child = spawn(process.execPath, ['dist/electron/web-host.js'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

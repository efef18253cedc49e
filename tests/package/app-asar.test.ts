/**
 * The offline packaging check (issue #10): electron-builder packs the built app
 * for Linux with a stand-in Electron (the real binary cannot be downloaded
 * here), and the produced app.asar must hold the built main, preload and
 * renderer, package.json and the production node_modules — nothing else of the
 * repository — with sharp's native files unpacked beside it and the fuses of
 * electron-builder.yml flipped in the executable.
 *
 * Needs `npm run build` first (npm test runs it). Any download electron-builder
 * attempts goes to a proxy that does not exist, so it fails instead of
 * silently needing the network.
 */
import { listPackage, statFile } from '@electron/asar';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asarProblems } from './asar-contents';
import {
  FUSE_DISABLED,
  FUSE_ENABLED,
  createStandInElectronDist,
  readFuseWire,
} from './stand-in-electron';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
const ELECTRON_VERSION = '39.5.0';
const DEAD_PROXY = 'http://127.0.0.1:9';

let work: string;
let unpacked: string;
let asarPath: string;
let log = '';
let seconds = 0;

async function productionPackages(): Promise<Set<string>> {
  const { stdout } = await run('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
    cwd: repo,
    maxBuffer: 16 * 1024 * 1024,
  });
  return new Set(
    stdout
      .split('\n')
      .map((line) => path.relative(repo, line.trim()).split(path.sep).join('/'))
      .filter((folder) => folder.startsWith('node_modules/')),
  );
}

beforeAll(async () => {
  if (!existsSync(path.join(repo, 'dist/electron/main.js')))
    throw new Error('dist/ is missing: run `npm run build` before the packaging check.');
  work = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-package-'));
  const electronDist = await createStandInElectronDist(path.join(work, 'electron-dist'));
  const started = performance.now();
  const result = await run(
    process.execPath,
    [
      path.join(repo, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      '--dir',
      `-c.electronDist=${electronDist}`,
      `-c.electronVersion=${ELECTRON_VERSION}`,
      `-c.directories.output=${path.join(work, 'release')}`,
    ],
    {
      cwd: repo,
      maxBuffer: 16 * 1024 * 1024,
      env: {
        ...process.env,
        ELECTRON_BUILDER_CACHE: path.join(work, 'cache'),
        ELECTRON_CACHE: path.join(work, 'electron-cache'),
        HTTP_PROXY: DEAD_PROXY,
        HTTPS_PROXY: DEAD_PROXY,
        http_proxy: DEAD_PROXY,
        https_proxy: DEAD_PROXY,
        ELECTRON_GET_USE_PROXY: '1',
        GLOBAL_AGENT_HTTP_PROXY: DEAD_PROXY,
        GLOBAL_AGENT_HTTPS_PROXY: DEAD_PROXY,
        CSC_IDENTITY_AUTO_DISCOVERY: 'false',
      },
    },
  ).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(
      `electron-builder failed offline:\n${error.stdout ?? ''}\n${error.stderr ?? error.message}`,
    );
  });
  seconds = (performance.now() - started) / 1000;
  log = `${result.stdout}\n${result.stderr}`;
  unpacked = path.join(work, 'release', 'linux-unpacked');
  asarPath = path.join(unpacked, 'resources', 'app.asar');
  console.log(`packaging check: electron-builder --linux dir took ${seconds.toFixed(1)} s`);
}, 180_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('offline packaging (electron-builder --linux dir, stand-in Electron)', () => {
  it('builds without downloading anything, well within CI time', () => {
    expect(log).not.toMatch(/\bdownloading\b/i);
    expect(existsSync(asarPath)).toBe(true);
    expect(seconds).toBeLessThan(150);
  });

  it('puts the built app and the production node_modules in app.asar, and nothing else', async () => {
    const files = listPackage(asarPath, { isPack: false });
    const { dependencies } = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8'));
    const problems = asarProblems({
      files,
      productionPackages: await productionPackages(),
      directDependencies: Object.keys(dependencies ?? {}),
    });
    expect(problems).toEqual([]);
  });

  it('leaves no repository folder or source in app.asar', () => {
    const files = listPackage(asarPath, { isPack: false });
    for (const folder of ['renderer', 'tests', 'docs', 'bench', 'scripts', 'shared', 'electron'])
      expect(files.filter((file) => file.startsWith(`/${folder}/`))).toEqual([]);
    expect(
      files.filter((file) => /\.(tsx?|map)$/.test(file) && !file.startsWith('/node_modules/')),
    ).toEqual([]);
  });

  it("keeps sharp's native files outside the asar, where they can load", async () => {
    const nativeDir = path.join(unpacked, 'resources/app.asar.unpacked/node_modules/@img');
    const found = await readdir(nativeDir, { recursive: true });
    expect(found.some((file) => file.endsWith('.node'))).toBe(true);
    expect(found.some((file) => /libvips.*\.so/.test(file))).toBe(true);
    const binding = listPackage(asarPath, { isPack: false }).find((file) => file.endsWith('.node'));
    expect(binding).toBeDefined();
    expect(statFile(asarPath, binding!.slice(1))).toMatchObject({ unpacked: true });
  });

  it('flips the fuses of electron-builder.yml in the executable', async () => {
    const wire = readFuseWire(await readFile(path.join(unpacked, 'newsdesk')));
    // FuseV1Options order: RunAsNode, EnableCookieEncryption,
    // EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments,
    // EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
    // LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges.
    expect(wire.slice(0, 6)).toEqual([
      FUSE_DISABLED,
      FUSE_ENABLED,
      FUSE_DISABLED,
      FUSE_DISABLED,
      FUSE_ENABLED,
      FUSE_ENABLED,
    ]);
    expect(wire[7]).toBe(FUSE_DISABLED);
  });
});

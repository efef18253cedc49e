/**
 * The web host as `npm run web` starts it, with NEWSDESK_* variables that are
 * set but empty: what a launcher script gives for `NEWSDESK_LIBRARY="$LIB"`
 * when $LIB is unset. An empty variable is an unset one; it used to make the
 * folder the host was started from (the repository, say) the library, and put
 * the recovery journal and the settings' check there too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let root: string;
let outdir: string;
let hostScript: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-host-env-'));
  // Inside the repository, so the bundle's external packages resolve from node_modules.
  const cacheRoot = path.resolve('node_modules/.cache');
  await mkdir(cacheRoot, { recursive: true });
  outdir = await mkdtemp(path.join(cacheRoot, 'newsdesk-web-host-test-'));
  await build({
    entryPoints: { 'web-host': 'electron/host/web-host.ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    packages: 'external',
    format: 'esm',
    outdir: path.join(outdir, 'electron'),
    logLevel: 'warning',
  });
  hostScript = path.join(outdir, 'electron', 'web-host.js');
});

afterAll(async () => {
  child?.kill('SIGKILL');
  await rm(root, { recursive: true, force: true });
  await rm(outdir, { recursive: true, force: true });
});

function startHost(cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  child = spawn(process.execPath, [hostScript], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child!.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child!.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(stdout);
      if (match) resolve(match[0]);
    });
    child!.once('exit', (code) => reject(new Error(`web host exited with ${code}: ${stderr}`)));
  });
}

async function invoke(
  url: string,
  channel: string,
): Promise<{ ok: boolean; value: { libraryPath?: string } }> {
  const { origin } = new URL(url);
  // The secret, traded from the printed URL for its cookie as a browser does.
  const traded = await fetch(url, { redirect: 'manual' });
  const cookie = (traded.headers.get('set-cookie') ?? '').split(';')[0]!;
  const response = await fetch(`${origin}/api/invoke`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Newsdesk': '1',
      Origin: origin,
      Cookie: cookie,
    },
    body: JSON.stringify({ channel, request: {} }),
  });
  return response.json();
}

describe('web host environment', () => {
  it('treats an empty NEWSDESK_LIBRARY, NEWSDESK_CONFIG_DIR, NEWSDESK_PORT and NEWSDESK_LANG as unset', async () => {
    const home = path.join(root, 'home');
    const startedFrom = path.join(root, 'project');
    await mkdir(home);
    await mkdir(startedFrom);
    const url = await startHost(startedFrom, {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, '.config'),
      NEWSDESK_LIBRARY: '',
      NEWSDESK_CONFIG_DIR: '',
      NEWSDESK_PORT: '',
      NEWSDESK_LANG: '',
    });
    const info = await invoke(url, 'app:info');
    expect(info.ok).toBe(true);
    // The library of the settings (the default one), not the folder started from.
    expect(info.value.libraryPath).toBe(path.join(home, 'Documents', 'Newsdesk'));
    const listed = await invoke(url, 'library:list');
    expect(listed.ok).toBe(true);
    expect(await readdir(startedFrom)).toEqual([]);
    // The settings are where the desktop app keeps them.
    expect(existsSync(path.join(home, '.config', 'Newsdesk', 'settings.json'))).toBe(true);
  }, 30_000);
});

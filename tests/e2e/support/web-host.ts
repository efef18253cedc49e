/**
 * Starts the real web host (the built `dist/electron/web-host.js`) as a child
 * process on a temporary library, the way a user would run `npm run web`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface WebHostProcess {
  url: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface WebHostDirs {
  library: string;
  config: string;
  cleanup(): Promise<void>;
}

export async function makeHostDirs(): Promise<WebHostDirs> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-e2e-'));
  return {
    library: path.join(root, 'library'),
    config: path.join(root, 'config'),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

export async function startWebHostProcess(
  dirs: WebHostDirs,
  extraEnv: Record<string, string> = {},
  /** Another copy of the built host (a long test isolating itself from rebuilds of dist/). */
  script = 'dist/electron/web-host.js',
): Promise<WebHostProcess> {
  const child = spawn(process.execPath, [script], {
    env: {
      ...process.env,
      NEWSDESK_LIBRARY: dirs.library,
      NEWSDESK_CONFIG_DIR: dirs.config,
      NEWSDESK_PORT: '0',
      NEWSDESK_LANG: 'en',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(
      () => reject(new Error(`web host did not print its URL; stderr: ${stderr}`)),
      15_000,
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}; stderr: ${stderr}`));
    });
  });
  return {
    url,
    child,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        // A host that does not stop within a few seconds is a bug worth a
        // message, but it must not hang the suite.
        const stuck = setTimeout(() => {
          console.warn(`web host did not exit on ${signal} within 5 s; killing it`);
          child.kill('SIGKILL');
        }, 5_000);
        child.once('exit', () => {
          clearTimeout(stuck);
          resolve();
        });
        child.kill(signal);
      }),
  };
}

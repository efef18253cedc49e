/**
 * The CLI as users run it: bundled by esbuild exactly as scripts/build-node.js
 * bundles it, then started with `node` in a child process. The bundle goes to a
 * folder of its own (not dist/, which other test runs rebuild), inside the
 * repository so its external packages resolve from node_modules.
 */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export async function bundleCli(): Promise<string> {
  const cacheRoot = path.resolve('node_modules/.cache');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(cacheRoot, { recursive: true });
  const outdir = await mkdtemp(path.join(cacheRoot, 'newsdesk-cli-test-'));
  await build({
    entryPoints: { cli: 'electron/cli/newsdesk.ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    packages: 'external',
    format: 'esm',
    outdir,
    logLevel: 'warning',
  });
  return path.join(outdir, 'cli.js');
}

export function runCli(cliPath: string, args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

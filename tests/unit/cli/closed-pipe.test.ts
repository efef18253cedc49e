/**
 * The CLI's output piped into a reader that stops early (`newsdesk check … |
 * head -1`): the write after the reader has gone fails with EPIPE, which must
 * neither crash the CLI with a stack trace nor stop an export midway.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { open, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleLibrary, writeArticle } from '../export-service/library-fixture';
import { article, paragraph, text } from '../export/builders';
import { useTempDirs } from '../services/temp-dir';
import { bundleCli, runCli, type CliRun } from './built-cli';

const tempDir = useTempDirs();
let cli: string;

beforeAll(async () => {
  cli = await bundleCli();
}, 60_000);

afterAll(async () => {
  await rm(path.dirname(cli), { recursive: true, force: true });
});

/** Runs the CLI with the reading end of `closed` (stdout or stderr) shut before it writes a line. */
function runWithClosedPipe(args: string[], closed: 'stdout' | 'stderr'): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child[closed].destroy();
    let stdout = '';
    let stderr = '';
    if (closed !== 'stdout') child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    if (closed !== 'stderr') child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function library() {
  const root = await tempDir();
  const libraryPath = path.join(root, 'library');
  await sampleLibrary(libraryPath);
  return { libraryPath, out: path.join(root, 'out') };
}

describe('newsdesk with its output piped into a reader that has gone', () => {
  it('check keeps its exit code and prints no stack trace', async () => {
    const { libraryPath } = await library();
    const run = await runWithClosedPipe(['check', libraryPath], 'stdout');
    expect(run.stderr).not.toMatch(/EPIPE|Unhandled|node:events/);
    // The sample library has errors and a corrupt article: 1, as with a reader.
    expect(run.code).toBe(1);
  });

  it('export still writes every article when stdout is closed', async () => {
    const { libraryPath, out } = await library();
    const run = await runWithClosedPipe(['export', libraryPath, '--out', out], 'stdout');
    expect(run.stderr).not.toMatch(/EPIPE|Unhandled|node:events/);
    expect(run.code).toBe(1);
    expect((await readdir(out)).length).toBe(3);
  });

  it('export still writes every article when stderr (its progress) is closed', async () => {
    const { libraryPath, out } = await library();
    const run = await runWithClosedPipe(['export', libraryPath, '--out', out], 'stderr');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Exported 3 articles');
    expect((await readdir(out)).length).toBe(3);
  });
});

describe('newsdesk with its output going to a full disk', () => {
  // /dev/full (every write fails with ENOSPC) is Linux's.
  it.skipIf(!existsSync('/dev/full'))(
    'check fails (1) saying so, not 0 with a cut report, and prints no stack trace',
    async () => {
      const libraryPath = path.join(await tempDir(), 'library');
      // A clean article: with a reader its check exits 0.
      const folder = await writeArticle(
        libraryPath,
        article([paragraph(text('Người dân co ro trong giá rét.'))], {
          id: 'e0000000-0000-4000-8000-000000000001',
          headline: 'Hà Nội đón đợt rét đậm',
          sapo: 'Nhiệt độ xuống dưới 10 độ C.',
          byline: 'Minh Anh',
        }),
      );
      expect((await runCli(cli, ['check', folder])).code).toBe(0);
      const full = await open('/dev/full', 'w');
      try {
        const run = await new Promise<CliRun>((resolve, reject) => {
          const child = spawn(process.execPath, [cli, 'check', folder], {
            stdio: ['ignore', full.fd, 'pipe'],
          });
          let stderr = '';
          child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk));
          child.once('error', reject);
          child.once('close', (code) => resolve({ code, stdout: '', stderr }));
        });
        expect(run.code).toBe(1);
        expect(run.stderr).toContain('newsdesk: could not write the output: ENOSPC');
        expect(run.stderr).not.toMatch(/Unhandled|node:events/);
      } finally {
        await full.close();
      }
    },
  );
});

/**
 * `newsdesk export … --out <dir>` where <dir> is an existing file, or lies
 * under one: a usage error said once (exit 2), not the same mkdir failure
 * reported for every article of the library as if each were damaged (exit 1).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { sampleLibrary } from '../export-service/library-fixture';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('newsdesk export --out naming a file', () => {
  it.each([
    ['the file itself', (file: string) => file],
    ['a folder under it', (file: string) => path.join(file, 'site')],
  ])('is a usage error for %s, said once', async (_, outOf) => {
    const root = await tempDir();
    const libraryPath = path.join(root, 'library');
    await sampleLibrary(libraryPath);
    const file = path.join(root, 'site.html');
    await writeFile(file, 'not a folder');
    const run1 = await run(['export', libraryPath, '--out', outOf(file)]);
    expect(run1.code).toBe(2);
    expect(run1.stderr).toContain('is not a folder');
    expect(run1.stderr.match(/not a folder/g)).toHaveLength(1);
    expect(run1.stdout).toBe('');
    expect(await readFile(file, 'utf8')).toBe('not a folder');
  });
});

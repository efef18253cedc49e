/**
 * An empty folder argument (`newsdesk export "$LIBRARY" --out site` with the
 * variable unset) is a usage error, as an empty --out already is: it resolved
 * to the current folder, and exported or checked whatever library that was.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { sampleLibrary } from '../export-service/library-fixture';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();
const cwd = process.cwd();

afterEach(() => process.chdir(cwd));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A library as the current folder: what an empty argument used to name. */
async function inLibrary() {
  const root = await tempDir();
  const libraryPath = path.join(root, 'library');
  await sampleLibrary(libraryPath);
  process.chdir(libraryPath);
  return root;
}

describe('an empty folder argument', () => {
  it.each(['', '  '])('export %j is refused and exports nothing', async (folder) => {
    const root = await inLibrary();
    const out = path.join(root, 'site');
    const result = await run(['export', folder, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the folder to export is empty');
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });

  it.each(['', '  '])('check %j is refused', async (folder) => {
    await inLibrary();
    const result = await run(['check', folder]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the folder to check is empty');
    expect(result.stdout).toBe('');
  });
});

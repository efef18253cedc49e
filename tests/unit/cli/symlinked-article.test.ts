/**
 * An article folder named on the command line through a symbolic link (a
 * shortcut to today's story on the desktop): the article is the one the link
 * leads to, in the library that holds it. `export` told the user to rename a
 * folder already named by the article's id, and `check` that the article had
 * been moved to the trash.
 */
import { mkdir, readdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { OTHER_ID, sampleLibrary } from '../export-service/library-fixture';
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

async function linkedArticle() {
  const root = await tempDir();
  const libraryPath = path.join(root, 'library');
  await sampleLibrary(libraryPath);
  const link = path.join(root, 'desktop', OTHER_ID);
  await mkdir(path.dirname(link));
  // A junction on Windows: a directory symlink there needs an administrator.
  await symlink(
    path.join(libraryPath, OTHER_ID),
    link,
    process.platform === 'win32' ? 'junction' : 'dir',
  );
  return { root, link };
}

describe('an article folder given through a symbolic link', () => {
  it('is exported', async () => {
    const { root, link } = await linkedArticle();
    const out = path.join(root, 'out');
    const result = await run(['export', link, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await readdir(out)).toEqual(['cach-giu-am-cho-tre-nho']);
  });

  it('is checked', async () => {
    const { link } = await linkedArticle();
    const result = await run(['check', link]);
    expect(result.stdout).toMatch(new RegExp(`^${OTHER_ID} “Cách giữ ấm cho trẻ nhỏ”: `));
    expect(result.stderr).toBe('Checked 1 article; 0 without findings.');
  });
});

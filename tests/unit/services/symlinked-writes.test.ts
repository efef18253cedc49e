/**
 * A library may be a shared or synced folder, so a link in it may have been put
 * there by anyone. The atomic writes replace the file at the path they are
 * given; they must never write through a link to a file outside the library
 * (write-file-atomic, by default, resolves the target's realpath and writes there).
 */
import { lstat, mkdir, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleStore, serializeArticle } from '../../../electron/services/article-store';
import { writeFileAtomic } from '../../../electron/services/atomic-write';
import { indexFilePath, INDEX_FOLDER_NAME } from '../../../electron/services/library-index';
import { newArticle } from '../../../shared/article/schema';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const THEIRS = 'export PATH=/usr/bin # a file outside the library\n';

/** A file outside the library, with its own content, that a link in the library points to. */
async function outsideFile(): Promise<string> {
  const file = join(await tempDir(), 'bashrc');
  await writeFile(file, THEIRS);
  return file;
}

describe('atomic writes never follow a link out of the library', () => {
  it('writeFileAtomic replaces a link with the file, leaving its target as it was', async () => {
    const target = await outsideFile();
    const link = join(await tempDir(), 'index.json');
    await symlink(target, link);
    await writeFileAtomic(link, '{"format":1}');
    expect(await readFile(target, 'utf8')).toBe(THEIRS);
    expect((await lstat(link)).isFile()).toBe(true);
    expect(await readFile(link, 'utf8')).toBe('{"format":1}');
  });

  it('list() does not write the summary index through a linked index.json', async () => {
    const target = await outsideFile();
    const libraryPath = await tempDir();
    const id = 'article-0001';
    await mkdir(join(libraryPath, id));
    await writeFile(
      join(libraryPath, id, 'article.json'),
      serializeArticle(newArticle(id, new Date('2025-03-01T08:00:00Z'))),
    );
    await mkdir(join(libraryPath, INDEX_FOLDER_NAME));
    await symlink(target, indexFilePath(libraryPath));
    const store = new ArticleStore({ libraryPath });
    expect((await store.list()).ok).toBe(true);
    await store.flushIndex();
    expect(await readFile(target, 'utf8')).toBe(THEIRS);
  });

  it('list() does not write the summary index into a folder a linked .newsdesk leads to', async () => {
    const elsewhere = await tempDir();
    await writeFile(join(elsewhere, 'index.json'), THEIRS);
    const libraryPath = await tempDir();
    const id = 'article-0001';
    await mkdir(join(libraryPath, id));
    await writeFile(
      join(libraryPath, id, 'article.json'),
      serializeArticle(newArticle(id, new Date('2025-03-01T08:00:00Z'))),
    );
    await symlink(elsewhere, join(libraryPath, INDEX_FOLDER_NAME), 'dir');
    const store = new ArticleStore({ libraryPath });
    expect((await store.list()).ok).toBe(true);
    await store.flushIndex();
    expect(await readFile(join(elsewhere, 'index.json'), 'utf8')).toBe(THEIRS);
    expect(await readdir(elsewhere)).toEqual(['index.json']);
  });

  it('replacing a "damaged" article.json that is a link writes in the library, not through it', async () => {
    const target = await outsideFile();
    const libraryPath = await tempDir();
    const id = 'article-0001';
    await mkdir(join(libraryPath, id));
    // Not JSON, so it reads as damaged: the history's restore replaces such a file.
    await symlink(target, join(libraryPath, id, 'article.json'));
    const store = new ArticleStore({ libraryPath });
    const replaced = await store.replaceDamaged(newArticle(id, new Date('2025-03-01T08:00:00Z')));
    expect(replaced.ok).toBe(true);
    expect(await readFile(target, 'utf8')).toBe(THEIRS);
    expect((await lstat(join(libraryPath, id, 'article.json'))).isFile()).toBe(true);
    expect((await store.load(id)).ok).toBe(true);
  });

  it('keeps a replaced article.json link as a link: the file it leads to is not copied into the library', async () => {
    const target = await outsideFile();
    const libraryPath = await tempDir();
    const id = 'article-0001';
    await mkdir(join(libraryPath, id));
    await symlink(target, join(libraryPath, id, 'article.json'));
    const store = new ArticleStore({ libraryPath });
    const replaced = await store.replaceDamaged(newArticle(id, new Date('2025-03-01T08:00:00Z')));
    if (!replaced.ok) throw new Error(replaced.error.message);
    // A library may be synced to others: the bytes of a file elsewhere on this
    // disk must not land in it under the name of the kept damaged file.
    const kept = await lstat(replaced.value.keptAs);
    expect(kept.isSymbolicLink()).toBe(true);
    expect(await readlink(replaced.value.keptAs)).toBe(target);
    for (const name of await readdir(join(libraryPath, id))) {
      const info = await lstat(join(libraryPath, id, name));
      if (info.isFile())
        expect(await readFile(join(libraryPath, id, name), 'utf8')).not.toBe(THEIRS);
    }
  });
});

/**
 * A library in OneDrive (or Dropbox) on Windows: with files on demand, the
 * sync tool turns each folder into a cloud placeholder, a reparse point.
 * A folder listing (libuv's scandir, behind readdir's `withFileTypes`) reports
 * every reparse point as a symbolic link, while lstat knows these for the
 * folders they are (libuv/libuv#1522). This file gives `node:fs/promises`
 * that listing for every folder, and checks that the articles and the trash
 * are still listed, and that a real link to a folder still is not.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const asWindowsListsIt = (entry: Dirent): Dirent =>
    entry.isDirectory()
      ? Object.assign(Object.create(entry) as Dirent, {
          isDirectory: () => false,
          isSymbolicLink: () => true,
        })
      : entry;
  const readdir = (async (path: string, options?: { withFileTypes?: boolean }) => {
    const entries = await fs.readdir(path, options as never);
    return options?.withFileTypes
      ? (entries as unknown as Dirent[]).map(asWindowsListsIt)
      : entries;
  }) as typeof fs.readdir;
  return { ...fs, default: { ...fs, readdir }, readdir };
});

const { ArticleStore, serializeArticle } = await import('../../../electron/services/article-store');
const { newArticle } = await import('../../../shared/article/schema');
const { copyImageBetweenArticles } = await import('../../../electron/services/image-copy');
const { assetsFolder } = await import('../../../electron/services/asset-paths');
const { createHash } = await import('node:crypto');
const { useTempDirs } = await import('./temp-dir');

const tempDir = useTempDirs();

async function writeArticle(libraryPath: string, id: string, headline: string) {
  const article = { ...newArticle(id, new Date('2025-03-01T08:00:00.000Z')), headline };
  await mkdir(join(libraryPath, id));
  await writeFile(join(libraryPath, id, 'article.json'), serializeArticle(article));
}

describe('ArticleStore in a folder of cloud placeholders (OneDrive on Windows)', () => {
  it('lists the articles, and not a linked folder', async () => {
    const libraryPath = await tempDir();
    await writeArticle(libraryPath, 'article-0001', 'Hà Nội mưa lớn');
    const elsewhere = await tempDir();
    await writeArticle(elsewhere, 'article-0002', 'Ngoài thư viện');
    await symlink(join(elsewhere, 'article-0002'), join(libraryPath, 'article-0002'), 'dir');
    const store = new ArticleStore({ libraryPath });

    const listed = await store.list();
    expect(listed.ok, JSON.stringify(listed)).toBe(true);
    if (!listed.ok) return;
    expect(listed.value.articles.map((a) => a.headline)).toEqual(['Hà Nội mưa lớn']);
    expect(listed.value.damaged).toEqual([]);
    await store.flushIndex();
  });

  it('lists the trash', async () => {
    const libraryPath = await tempDir();
    await writeArticle(libraryPath, 'article-0001', 'Bài trong thùng rác');
    const store = new ArticleStore({ libraryPath });
    expect((await store.trash('article-0001')).ok).toBe(true);

    const trash = await store.listTrash();
    expect(trash.ok, JSON.stringify(trash)).toBe(true);
    if (!trash.ok) return;
    expect(trash.value.items.map((item) => item.headline)).toEqual(['Bài trong thùng rác']);
  });

  // A figure pasted from an article the renderer cannot name (another window)
  // takes its image from whichever article of the library holds it: in a
  // placeholder library none was found, and the pasted photo showed as missing.
  it('finds an image to copy in another article of the library', async () => {
    const libraryPath = await tempDir();
    await writeArticle(libraryPath, 'article-0001', 'Có ảnh');
    await writeArticle(libraryPath, 'article-0002', 'Dán ảnh vào đây');
    const bytes = Buffer.from('ảnh thử, không phải JPEG thật');
    const assetId = `${createHash('sha256').update(bytes).digest('hex')}.jpg`;
    await mkdir(assetsFolder(libraryPath, 'article-0001'));
    await writeFile(join(assetsFolder(libraryPath, 'article-0001'), assetId), bytes);

    const copied = await copyImageBetweenArticles({
      libraryPath,
      toArticleId: 'article-0002',
      assetId,
    });
    expect(copied, JSON.stringify(copied)).toEqual({ ok: true, value: { copied: true } });
  });
});

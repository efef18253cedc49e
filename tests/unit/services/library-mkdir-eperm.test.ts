/**
 * On Windows, mkdir of a folder that is already there does not always fail
 * with EEXIST: at the root of a drive ("E:\", a USB stick holding the
 * library), on a read-only drive and on many network shares it fails with
 * EPERM (nodejs/node#38347, libuv/libuv#4959; Node's docs on fs.mkdir). The
 * store makes sure the library folder exists before it lists or creates, the
 * summary index its `.newsdesk` folder before each write, an import or a
 * snapshot the article's `assets` or `history`: this file gives
 * `node:fs/promises` that rule for folders that exist, and checks that such a
 * library still lists, takes new articles and keeps its index.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const mkdir = (async (path: Parameters<typeof fs.mkdir>[0], options?: unknown) => {
    const there = await fs.stat(path).catch(() => null);
    if (there?.isDirectory())
      throw Object.assign(new Error(`EPERM: operation not permitted, mkdir '${String(path)}'`), {
        code: 'EPERM',
      });
    return fs.mkdir(path, options as Parameters<typeof fs.mkdir>[1]);
  }) as typeof fs.mkdir;
  return { ...fs, default: { ...fs, mkdir }, mkdir };
});

const { ArticleStore, serializeArticle } = await import('../../../electron/services/article-store');
const { newArticle } = await import('../../../shared/article/schema');
const { readLibraryIndex } = await import('../../../electron/services/library-index');
const { makeSubfolder } = await import('../../../electron/services/subfolder');
const { exportArticle } = await import('../../../electron/services/article-export');
const { useTempDirs } = await import('./temp-dir');

const tempDir = useTempDirs();

async function libraryWithOneArticle() {
  const libraryPath = await tempDir();
  const article = { ...newArticle('article-0001', new Date('2025-03-01T08:00:00.000Z')) };
  article.headline = 'Hà Nội mưa lớn';
  await mkdir(join(libraryPath, article.id));
  await writeFile(join(libraryPath, article.id, 'article.json'), serializeArticle(article));
  return libraryPath;
}

describe('ArticleStore where mkdir of an existing folder fails with EPERM (Windows)', () => {
  for (const createLibraryParents of [false, true]) {
    it(`lists the library (createLibraryParents: ${createLibraryParents})`, async () => {
      const libraryPath = await libraryWithOneArticle();
      const store = new ArticleStore({ libraryPath, createLibraryParents });

      const listed = await store.list();
      expect(listed.ok, JSON.stringify(listed)).toBe(true);
      if (!listed.ok) return;
      expect(listed.value.articles.map((a) => a.headline)).toEqual(['Hà Nội mưa lớn']);
      await store.flushIndex();
    });
  }

  it('creates an article in it', async () => {
    const libraryPath = await libraryWithOneArticle();
    const store = new ArticleStore({ libraryPath });

    const created = await store.create();
    expect(created.ok, JSON.stringify(created)).toBe(true);
    await store.flushIndex();
  });

  // The summary index's folder (.newsdesk) is made by its first write: every
  // later write met it there, failed, and left the index as the first list had it.
  it('keeps the summary index up to date once its folder is there', async () => {
    const libraryPath = await libraryWithOneArticle();
    const store = new ArticleStore({ libraryPath, indexWriteDelayMs: 0 });
    expect((await store.list()).ok).toBe(true);
    await store.flushIndex();
    expect([...(await readLibraryIndex(libraryPath)).keys()]).toEqual(['article-0001']);

    const created = await store.create();
    expect(created.ok).toBe(true);
    await store.flushIndex();

    expect([...(await readLibraryIndex(libraryPath)).keys()].sort()).toEqual(
      ['article-0001', created.ok ? created.value.article.id : ''].sort(),
    );
  });

  it('still says so when the library folder is not there', async () => {
    const libraryPath = join(await tempDir(), 'unplugged', 'Newsdesk');
    const store = new ArticleStore({ libraryPath, createLibraryParents: false });

    const listed = await store.list();
    expect(listed.ok).toBe(false);
    if (listed.ok) return;
    expect(listed.error.code).toBe('not-found');
  });

  // An article's assets and history folders: the second photo imported into
  // an article, or its second snapshot, met its folder there and failed.
  it('takes an article subfolder that is already there', async () => {
    const libraryPath = await libraryWithOneArticle();
    const assets = join(libraryPath, 'article-0001', 'assets');
    await makeSubfolder(assets);
    await expect(makeSubfolder(assets)).resolves.toBeUndefined();
    // Still never made where the article folder has gone (to the trash).
    await expect(makeSubfolder(join(libraryPath, 'article-0002', 'assets'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  // The trash is made by the first "Move to trash": every later one met it
  // there and failed, on the very drives this rule is for.
  it('moves a second article to the trash once the trash folder is there', async () => {
    const libraryPath = await libraryWithOneArticle();
    const store = new ArticleStore({ libraryPath });
    const created = await store.create();
    expect(created.ok).toBe(true);
    if (!created.ok) return;

    expect((await store.trash('article-0001')).ok).toBe(true);
    const second = await store.trash(created.value.article.id);
    expect(second.ok, JSON.stringify(second)).toBe(true);
    await store.flushIndex();
  });

  // The web host exports to <library>/exports, the CLI to its --out: the
  // second export met the folder there and failed.
  it('exports into a folder that is already there', async () => {
    const libraryPath = await libraryWithOneArticle();
    const store = new ArticleStore({ libraryPath });
    const loaded = await store.load('article-0001');
    if (!loaded.ok) throw new Error(loaded.error.message);
    const outDir = join(libraryPath, 'exports');
    const run = (slug: string) =>
      exportArticle({
        article: loaded.value.article,
        libraryPath,
        outDir,
        slug,
        format: 'page',
        resolveArticleLink: () => null,
      });

    expect((await run('ha-noi-mua-lon')).ok).toBe(true);
    const second = await run('ha-noi-mua-lon-2');
    expect(second.ok, JSON.stringify(second)).toBe(true);
  });
});

import { mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleStore, serializeArticle } from '../../../electron/services/article-store';
import {
  INDEX_FORMAT,
  indexFilePath,
  readLibraryIndex,
} from '../../../electron/services/library-index';
import { newArticle, type Article } from '../../../shared/article/schema';
import type { Result } from '../../../shared/ipc/result';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function article(id: string, headline: string, minute: number): Article {
  return {
    ...newArticle(id, new Date(Date.UTC(2025, 2, 1, 8, minute))),
    headline,
    sapo: `Sapo của ${headline}`,
  };
}

async function writeArticle(libraryPath: string, value: Article): Promise<string> {
  await mkdir(join(libraryPath, value.id), { recursive: true });
  const file = join(libraryPath, value.id, 'article.json');
  await writeFile(file, serializeArticle(value));
  return file;
}

async function writeRaw(libraryPath: string, id: string, content: string): Promise<void> {
  await mkdir(join(libraryPath, id), { recursive: true });
  await writeFile(join(libraryPath, id, 'article.json'), content);
}

/** A library of three articles whose index has been written by a first list(). */
async function indexedLibrary() {
  const libraryPath = await tempDir();
  await writeArticle(libraryPath, article('article-0001', 'Giá vàng tăng', 1));
  await writeArticle(libraryPath, article('article-0002', 'Mưa lớn ở Hà Nội', 2));
  await writeArticle(libraryPath, article('article-0003', 'Cao tốc Bắc – Nam', 3));
  const first = new ArticleStore({ libraryPath });
  unwrap(await first.list());
  await first.flushIndex();
  return { libraryPath };
}

async function readIndexJson(libraryPath: string) {
  return JSON.parse(await readFile(indexFilePath(libraryPath), 'utf8')) as {
    format: number;
    entries: unknown[][];
  };
}

/** Reads the index through its own reader, as list() does. */
const entriesOf = async (libraryPath: string) =>
  [...(await readLibraryIndex(libraryPath))].map(([id, e]) => ({ id, ...e }));

const headlines = async (store: ArticleStore) =>
  unwrap(await store.list()).articles.map((a) => a.headline);

describe('library index', () => {
  it('is written by list() with one entry per article and its file stamp', async () => {
    const { libraryPath } = await indexedLibrary();
    expect((await readIndexJson(libraryPath)).format).toBe(INDEX_FORMAT);
    const entries = await entriesOf(libraryPath);
    expect(entries.map((e) => e.id).sort()).toEqual([
      'article-0001',
      'article-0002',
      'article-0003',
    ]);
    const size = (await stat(join(libraryPath, 'article-0002', 'article.json'))).size;
    expect(entries.find((e) => e.id === 'article-0002')?.stamp.size).toBe(size);
  });

  it('is trusted on start for files whose stamp still matches (the file is not read)', async () => {
    const { libraryPath } = await indexedLibrary();
    // Change the cached summary only: a list that shows it did not read the file.
    const index = await readIndexJson(libraryPath);
    const entry = index.entries.find((e) => e[0] === 'article-0001')!;
    entry[5] = 'Từ chỉ mục'; // the headline
    expect(await entriesOf(libraryPath)).toContainEqual(
      expect.objectContaining({ summary: expect.objectContaining({ headline: 'Giá vàng tăng' }) }),
    );
    await writeFile(indexFilePath(libraryPath), JSON.stringify(index));

    expect(await headlines(new ArticleStore({ libraryPath }))).toEqual([
      'Cao tốc Bắc – Nam',
      'Mưa lớn ở Hà Nội',
      'Từ chỉ mục',
    ]);
  });

  it('re-reads a file edited outside Newsdesk, even with the same size and the old mtime', async () => {
    const { libraryPath } = await indexedLibrary();
    const file = join(libraryPath, 'article-0002', 'article.json');
    // A whole-second mtime, so that it can be put back exactly.
    const mtime = new Date('2025-01-01T00:00:00Z');
    await utimes(file, mtime, mtime);
    const indexing = new ArticleStore({ libraryPath });
    unwrap(await indexing.list());
    await indexing.flushIndex();
    const before = await stat(file);
    // Same length as 'Mưa lớn ở Hà Nội', then the old mtime put back as a sync tool might.
    await writeArticle(libraryPath, article('article-0002', 'Mưa nhỏ ở Hà Nội', 2));
    await utimes(file, mtime, mtime);
    const after = await stat(file);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);

    const store = new ArticleStore({ libraryPath });
    expect(await headlines(store)).toContain('Mưa nhỏ ở Hà Nội');
    await store.flushIndex();
    const entries = await entriesOf(libraryPath);
    expect(entries.find((e) => e.id === 'article-0002')?.summary.headline).toBe('Mưa nhỏ ở Hà Nội');
  });

  it('picks up an external edit made while the app runs', async () => {
    const { libraryPath } = await indexedLibrary();
    const store = new ArticleStore({ libraryPath });
    expect(await headlines(store)).toContain('Giá vàng tăng');
    await writeArticle(libraryPath, article('article-0001', 'Giá vàng giảm mạnh', 9));
    expect((await headlines(store))[0]).toBe('Giá vàng giảm mạnh');
  });

  it('drops folders deleted outside Newsdesk and lists new ones', async () => {
    const { libraryPath } = await indexedLibrary();
    await rm(join(libraryPath, 'article-0003'), { recursive: true });
    await writeArticle(libraryPath, article('article-0004', 'Bài mới chép vào', 4));

    const store = new ArticleStore({ libraryPath });
    expect(await headlines(store)).toEqual([
      'Bài mới chép vào',
      'Mưa lớn ở Hà Nội',
      'Giá vàng tăng',
    ]);
    await store.flushIndex();
    expect((await entriesOf(libraryPath)).map((e) => e.id).sort()).toEqual([
      'article-0001',
      'article-0002',
      'article-0004',
    ]);
  });

  it.each([
    ['not JSON', '{"format": 1, "entries": ['],
    ['empty', ''],
    ['another format', JSON.stringify({ format: 999, entries: [] })],
    [
      'an entry with a path for an id',
      JSON.stringify({
        format: INDEX_FORMAT,
        entries: [
          ['../outside', 1, 1, 1, 1, 'x', '', 'draft', '2025-03-01T08:00:00.000Z', '', null],
        ],
      }),
    ],
  ])('is rebuilt from the files when it is %s', async (_label, content) => {
    const { libraryPath } = await indexedLibrary();
    await writeFile(indexFilePath(libraryPath), content);
    expect(await readLibraryIndex(libraryPath)).toEqual(new Map());

    const store = new ArticleStore({ libraryPath });
    expect(await headlines(store)).toEqual([
      'Cao tốc Bắc – Nam',
      'Mưa lớn ở Hà Nội',
      'Giá vàng tăng',
    ]);
    await store.flushIndex();
    expect((await readLibraryIndex(libraryPath)).size).toBe(3);
  });

  it('ignores an entry whose stamp or summary is malformed, rebuilding the index', async () => {
    const { libraryPath } = await indexedLibrary();
    const index = await readIndexJson(libraryPath);
    index.entries[0]![7] = 'deleted'; // the status
    await writeFile(indexFilePath(libraryPath), JSON.stringify(index));
    expect((await readLibraryIndex(libraryPath)).size).toBe(0);
    expect(await headlines(new ArticleStore({ libraryPath }))).toHaveLength(3);
  });

  it('is updated by save, create and trash', async () => {
    const { libraryPath } = await indexedLibrary();
    let n = 10;
    const store = new ArticleStore({
      libraryPath,
      newId: () => `article-00${n++}`,
      indexWriteDelayMs: 60_000,
    });
    unwrap(await store.list());
    const loaded = unwrap(await store.load('article-0001'));
    unwrap(await store.save({ ...loaded.article, headline: 'Đã sửa' }, loaded.revision));
    unwrap(await store.create());
    unwrap(await store.trash('article-0002'));
    await store.flushIndex();

    const entries = await readLibraryIndex(libraryPath);
    expect([...entries.keys()].sort()).toEqual(['article-0001', 'article-0003', 'article-0010']);
    expect(entries.get('article-0001')?.summary.headline).toBe('Đã sửa');
    // The stamp is that of the file as saved: a fresh store trusts it.
    const size = (await stat(join(libraryPath, 'article-0001', 'article.json'))).size;
    expect(entries.get('article-0001')?.stamp.size).toBe(size);
  });

  it('does not cache damaged files: one repaired later is listed', async () => {
    const { libraryPath } = await indexedLibrary();
    const file = join(libraryPath, 'article-0001', 'article.json');
    await writeFile(file, '{"schemaVersion": 1,');
    const store = new ArticleStore({ libraryPath });
    const damaged = unwrap(await store.list());
    expect(damaged.damaged.map((d) => d.id)).toEqual(['article-0001']);
    await store.flushIndex();
    expect((await readLibraryIndex(libraryPath)).has('article-0001')).toBe(false);

    await writeArticle(libraryPath, article('article-0001', 'Đã sửa lại', 5));
    const repaired = unwrap(await new ArticleStore({ libraryPath }).list());
    expect(repaired.damaged).toEqual([]);
    expect(repaired.articles[0]?.headline).toBe('Đã sửa lại');
  });

  it('lists from the header fields: a damaged body is reported when the article is opened', async () => {
    const libraryPath = await tempDir();
    const broken = article('article-0001', 'Thân bài hỏng', 1);
    broken.body.root.children = [{ type: '', version: -1 }];
    await writeArticle(libraryPath, broken);
    const store = new ArticleStore({ libraryPath });
    expect(unwrap(await store.list()).articles.map((a) => a.headline)).toEqual(['Thân bài hỏng']);
    const loaded = await store.load('article-0001');
    expect(loaded.ok ? 'ok' : loaded.error.code).toBe('corrupt');
  });

  it('never recreates a library folder removed while an index write was pending', async () => {
    const libraryPath = join(await tempDir(), 'library');
    await writeArticle(libraryPath, article('article-0001', 'Một bài', 1));
    const store = new ArticleStore({ libraryPath });
    unwrap(await store.list());
    await rm(libraryPath, { recursive: true, force: true, maxRetries: 5 });
    await store.flushIndex();
    await expect(stat(libraryPath)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('listing from the index, then checking the disk', () => {
  const listingHeadlines = (listing: { articles: { headline: string }[] }) =>
    listing.articles.map((a) => a.headline);

  it('answers from index.json on start without reading or stating the files', async () => {
    const { libraryPath } = await indexedLibrary();
    // Edited outside Newsdesk after the index was written: only a check sees it.
    await writeArticle(libraryPath, article('article-0001', 'Giá vàng giảm mạnh', 9));
    const store = new ArticleStore({ libraryPath });
    const quick = unwrap(await store.listFromIndex());
    expect(quick.checked).toBe(false);
    expect(listingHeadlines(quick)).toEqual([
      'Cao tốc Bắc – Nam',
      'Mưa lớn ở Hà Nội',
      'Giá vàng tăng',
    ]);
    const checked = unwrap(await store.list());
    expect(checked.checked).toBe(true);
    expect(checked.version).not.toBe(quick.version);
    expect(listingHeadlines(checked)[0]).toBe('Giá vàng giảm mạnh');
  });

  it('keeps its version while the disk still gives the same listing', async () => {
    const { libraryPath } = await indexedLibrary();
    const store = new ArticleStore({ libraryPath });
    const quick = unwrap(await store.listFromIndex());
    expect(unwrap(await store.list()).version).toBe(quick.version);
    expect(unwrap(await store.listFromIndex()).version).toBe(quick.version);
    // A store of another process never matches it, even at the same count.
    expect(unwrap(await new ArticleStore({ libraryPath }).listFromIndex()).version).not.toBe(
      quick.version,
    );
  });

  it('changes its version for a save, a folder removed outside, and a damaged file', async () => {
    const { libraryPath } = await indexedLibrary();
    const store = new ArticleStore({ libraryPath });
    const versions = [unwrap(await store.list()).version];
    const loaded = unwrap(await store.load('article-0002'));
    unwrap(await store.save({ ...loaded.article, headline: 'Mới' }, loaded.revision));
    versions.push(unwrap(await store.listFromIndex()).version);
    await rm(join(libraryPath, 'article-0003'), { recursive: true });
    versions.push(unwrap(await store.list()).version);
    // Damage is not in the index: only the damaged list the check reports changes.
    await writeFile(join(libraryPath, 'article-0001', 'article.json'), '{ not json');
    const damaged = unwrap(await store.list());
    versions.push(damaged.version);
    expect(damaged.damaged.map((d) => d.id)).toEqual(['article-0001']);
    expect(new Set(versions).size).toBe(4);
    // The damage it reported is what the next quick answer repeats.
    expect(unwrap(await store.listFromIndex())).toMatchObject({
      version: damaged.version,
      damaged: damaged.damaged,
    });
  });

  it('changes its version on start when the check finds a damaged file the index never held', async () => {
    const { libraryPath } = await indexedLibrary();
    await writeRaw(libraryPath, 'article-0009', '{ not json');
    const before = new ArticleStore({ libraryPath });
    unwrap(await before.list());
    await before.flushIndex();

    const store = new ArticleStore({ libraryPath });
    const quick = unwrap(await store.listFromIndex());
    expect(quick.damaged).toEqual([]);
    const checked = unwrap(await store.list());
    expect(checked.damaged.map((d) => d.id)).toEqual(['article-0009']);
    expect(checked.version).not.toBe(quick.version);
  });

  it('is a full, checked list when there is no index yet', async () => {
    const libraryPath = await tempDir();
    await writeArticle(libraryPath, article('article-0001', 'Bài đầu tiên', 1));
    const quick = unwrap(await new ArticleStore({ libraryPath }).listFromIndex());
    expect(quick.checked).toBe(true);
    expect(listingHeadlines(quick)).toEqual(['Bài đầu tiên']);
  });
});

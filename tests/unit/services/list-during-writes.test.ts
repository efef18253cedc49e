/**
 * A list() pass reads the library folder once, early, then yields while it
 * stats and reads the files; Newsdesk's own writes can land in between (the
 * start's `library:check` runs while the reporter already works). The pass is
 * held at its stats here, so the write lands inside it every time.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ArticleStore, serializeArticle } from '../../../electron/services/article-store';
import * as libraryIndex from '../../../electron/services/library-index';
import { newArticle } from '../../../shared/article/schema';
import type { Result } from '../../../shared/ipc/result';
import { useTempDirs } from './temp-dir';

vi.mock('../../../electron/services/library-index', async (importOriginal) => {
  const actual = await importOriginal<typeof libraryIndex>();
  return { ...actual, statFiles: vi.fn(actual.statFiles) };
});

const tempDir = useTempDirs();

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Holds the next list() pass at its stats until `release()`; `reached` resolves when it gets there. */
async function holdNextPass() {
  const { statFiles } = await vi.importActual<typeof libraryIndex>(
    '../../../electron/services/library-index',
  );
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let reach!: () => void;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  vi.mocked(libraryIndex.statFiles).mockImplementationOnce(async (paths) => {
    reach();
    await released;
    return statFiles(paths);
  });
  return { reached, release };
}

describe('list() while Newsdesk writes', () => {
  it('keeps an article created during the pass, in its answer and in the index', async () => {
    const libraryPath = await tempDir();
    const existing = { ...newArticle('article-0001', new Date()), headline: 'Tin cũ' };
    await mkdir(join(libraryPath, existing.id));
    await writeFile(join(libraryPath, existing.id, 'article.json'), serializeArticle(existing));
    const store = new ArticleStore({ libraryPath, newId: () => 'article-0002' });
    unwrap(await store.list()); // the index in memory, as after the start's quick listing

    const hold = await holdNextPass();
    const pass = store.list();
    await hold.reached; // its readdir is done: it has not seen the new article
    unwrap(await store.create());
    hold.release();

    const ids = (listing: { articles: { id: string }[] }) => listing.articles.map((a) => a.id);
    expect(ids(unwrap(await pass)).sort()).toEqual(['article-0001', 'article-0002']);
    expect(ids(unwrap(await store.listFromIndex())).sort()).toEqual([
      'article-0001',
      'article-0002',
    ]);
  });

  it('lists an article trashed and restored while a pass runs, in the next listing', async () => {
    const libraryPath = await tempDir();
    const seeded: [string, string][] = [
      ['article-0001', 'Một'],
      ['article-0002', 'Hai'],
    ];
    for (const [id, headline] of seeded) {
      await mkdir(join(libraryPath, id));
      await writeFile(
        join(libraryPath, id, 'article.json'),
        serializeArticle({ ...newArticle(id, new Date()), headline }),
      );
    }
    const store = new ArticleStore({ libraryPath });
    unwrap(await store.list());
    const hold = await holdNextPass(); // the start's check on a big library
    const pass = store.list();
    await hold.reached;
    const { trashId } = unwrap(await store.trash('article-0002'));
    unwrap(await store.restore(trashId));
    // The renderer lists again after a restore, while the first pass still runs.
    const after = unwrap(await store.list());
    hold.release();
    await pass;
    const ids = (listing: { articles: { id: string }[] }) =>
      listing.articles.map((a) => a.id).sort();
    expect(ids(after)).toEqual(['article-0001', 'article-0002']);
    expect(ids(unwrap(await store.listFromIndex()))).toEqual(['article-0001', 'article-0002']);
  });
});

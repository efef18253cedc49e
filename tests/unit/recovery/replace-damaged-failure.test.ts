/**
 * Restoring a good version over a damaged article.json that fails midway
 * (a full disk) leaves the damaged file where it was: the article stays
 * listed as damaged, with its version history still offered.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const failing = vi.hoisted(() => ({ writes: false }));
vi.mock('../../../electron/services/atomic-write', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../electron/services/atomic-write')>();
  return {
    ...actual,
    writeFileAtomic: async (...args: Parameters<typeof actual.writeFileAtomic>) => {
      if (failing.writes) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
      return actual.writeFileAtomic(...args);
    },
  };
});

import { ArticleStore } from '../../../electron/services/article-store';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();

describe('replaceDamaged on a full disk', () => {
  it('keeps the damaged file in place, so the article is still listed and can be tried again', async () => {
    const store = new ArticleStore({ libraryPath: path.join(await tempDir(), 'library') });
    const created = await store.create();
    if (!created.ok) throw new Error(created.error.message);
    const { article } = created.value;
    const file = path.join(store.libraryPath, article.id, 'article.json');
    const damaged = (await readFile(file, 'utf8')).slice(0, 40);
    await writeFile(file, damaged);

    failing.writes = true;
    const replaced = await store.replaceDamaged({ ...article, headline: 'Bản tốt' });
    failing.writes = false;
    expect(replaced).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(await readFile(file, 'utf8')).toBe(damaged);
    const listing = await store.list();
    expect(listing.ok && listing.value.damaged.map((item) => item.id)).toEqual([article.id]);
    // Tried again once there is room: it works, and a copy of the damaged file is kept.
    expect(await store.replaceDamaged({ ...article, headline: 'Bản tốt' })).toMatchObject({
      ok: true,
    });
    const kept = (await readdir(path.dirname(file))).filter((name) =>
      name.startsWith('article.damaged-'),
    );
    expect(kept.length).toBeGreaterThan(0);
  });
});

/**
 * A sync tool (or a colleague's Newsdesk on a shared folder) that replaces
 * article.json while a save is writing, after the save checked the revision:
 * the save must see it and refuse as a conflict, never overwrite it unseen.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const race = vi.hoisted(() => ({ theirs: null as string | null }));
vi.mock('../../../electron/services/atomic-write', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../electron/services/atomic-write')>();
  return {
    ...actual,
    // Their write lands while ours is on its way to the disk (whichever of
    // the two atomic writes the store uses).
    writeFileAtomicIf: async (...args: Parameters<typeof actual.writeFileAtomicIf>) => {
      if (race.theirs !== null) await writeFile(args[0], race.theirs);
      return actual.writeFileAtomicIf(...args);
    },
    writeFileAtomic: async (...args: Parameters<typeof actual.writeFileAtomic>) => {
      if (race.theirs !== null && args[0].endsWith('article.json'))
        await writeFile(args[0], race.theirs);
      return actual.writeFileAtomic(...args);
    },
  };
});

import { writeFileAtomicIf } from '../../../electron/services/atomic-write';
import { ArticleStore, serializeArticle } from '../../../electron/services/article-store';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

describe('a save racing a write from elsewhere', () => {
  it('is refused as a conflict, and their version stays on disk', async () => {
    const store = new ArticleStore({ libraryPath: path.join(await tempDir(), 'library') });
    const created = await store.create();
    if (!created.ok) throw new Error(created.error.message);
    const { article, revision } = created.value;
    const file = path.join(store.libraryPath, article.id, 'article.json');
    const theirs = serializeArticle({ ...article, headline: 'Bản của đồng nghiệp' }).toString();

    race.theirs = theirs;
    const saved = await store.save({ ...article, headline: 'Bản của tôi' }, revision);
    race.theirs = null;
    expect(saved).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await readFile(file, 'utf8')).toBe(theirs);
    expect(await readdir(path.dirname(file))).toEqual(['article.json']);
  });

  it('writeFileAtomicIf replaces nothing and leaves no temp file when the check fails', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'article.json');
    await writeFile(file, 'trước');
    expect(await writeFileAtomicIf(file, 'sau', async () => false)).toBe(false);
    expect(await readFile(file, 'utf8')).toBe('trước');
    expect(await readdir(dir)).toEqual(['article.json']);
    expect(await writeFileAtomicIf(file, 'sau', async () => true)).toBe(true);
    expect(await readFile(file, 'utf8')).toBe('sau');
    expect(await readdir(dir)).toEqual(['article.json']);
  });
});

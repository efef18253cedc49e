/**
 * Retention settings of zero days ("keep no history", both allowed by the
 * settings schema) still keep the snapshot just taken: it is the undo of the
 * restore that took it, or the words "Load theirs" set aside. Pruning it at
 * once made "Undo restore" answer that the version is no longer there.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../electron/services/article-store';
import { VersionHistory } from '../../../electron/services/version-history';
import { bodyParagraphs } from '../../../shared/recovery/article-diff';
import { withParagraphs } from '../../support/article-builders';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();
const NO_HISTORY = { keepAllDays: 0, keepDailyDays: 0, minIntervalMinutes: 5 };

async function setUp() {
  const now = Date.parse('2026-11-29T08:00:00.000Z');
  const clock = () => new Date(now);
  const store = new ArticleStore({
    libraryPath: path.join(await tempDir(), 'library'),
    now: clock,
  });
  const history = new VersionHistory({ store, now: clock, settings: () => NO_HISTORY });
  const created = await store.create();
  if (!created.ok) throw new Error(created.error.message);
  return { store, history, article: created.value.article, revision: created.value.revision };
}

describe('history kept for zero days', () => {
  it('a restore can still be undone', async () => {
    const { store, history, article, revision } = await setUp();
    const first = await store.save(withParagraphs(article, ['bản đầu']), revision);
    if (!first.ok) throw new Error(first.error.message);
    // An export keeps "what did we publish" for as long as the setting allows.
    const exported = await history.takeSnapshot(article.id, 'export');
    if (!exported.ok) throw new Error(exported.error.message);
    const second = await store.save(withParagraphs(article, ['bản sau']), first.value.revision);
    if (!second.ok) throw new Error(second.error.message);
    const restored = await history.restore(article.id, exported.value.snapshotId);
    if (!restored.ok) throw new Error(restored.error.message);
    expect(bodyParagraphs(restored.value.article)).toEqual(['bản đầu']);
    const undone = await history.restore(article.id, restored.value.undoSnapshotId!);
    expect(undone.ok, JSON.stringify(undone)).toBe(true);
    const loaded = await store.load(article.id);
    expect(loaded.ok && bodyParagraphs(loaded.value.article)).toEqual(['bản sau']);
  });

  it('the version "Load theirs" set aside is kept', async () => {
    const { store, history, article } = await setUp();
    const kept = await history.snapshotArticle(
      withParagraphs(article, ['chữ của tôi']),
      'set-aside',
    );
    if (!kept.ok) throw new Error(kept.error.message);
    expect(await readdir(path.join(store.libraryPath, article.id, 'history'))).toEqual([
      `${kept.value.snapshotId}.json`,
    ]);
  });
});

/**
 * Restoring a version brings back its words, not its place in the workflow:
 * restoring the draft of yesterday over a published article made it a draft
 * again and dropped its published address, so the related-news links of other
 * articles to it stopped resolving.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { ArticleStore } from '../../../electron/services/article-store';
import { VersionHistory } from '../../../electron/services/version-history';
import { bodyParagraphs } from '../../../shared/recovery/article-diff';
import { withParagraphs } from '../../support/article-builders';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();

it('a restore keeps the status and published address the article has now', async () => {
  const now = () => new Date('2026-11-29T08:00:00.000Z');
  const store = new ArticleStore({ libraryPath: path.join(await tempDir(), 'library'), now });
  const history = new VersionHistory({ store, now });
  const created = await store.create();
  if (!created.ok) throw new Error(created.error.message);
  const draft = { ...withParagraphs(created.value.article, ['bản nháp']), headline: 'Tít cũ' };
  const first = await store.save(draft, created.value.revision);
  if (!first.ok) throw new Error(first.error.message);
  const taken = await history.takeSnapshot(draft.id, 'export');
  if (!taken.ok) throw new Error(taken.error.message);
  const published = {
    ...withParagraphs(draft, ['bản đăng']),
    headline: 'Tít mới',
    meta: { ...draft.meta, status: 'published' as const, publishedUrl: 'https://bao.vn/tin-1' },
  };
  const second = await store.save(published, first.value.revision);
  if (!second.ok) throw new Error(second.error.message);

  const restored = await history.restore(draft.id, taken.value.snapshotId);
  if (!restored.ok) throw new Error(restored.error.message);
  const loaded = await store.load(draft.id);
  if (!loaded.ok) throw new Error(loaded.error.message);
  for (const article of [restored.value.article, loaded.value.article]) {
    expect(article.headline).toBe('Tít cũ');
    expect(bodyParagraphs(article)).toEqual(['bản nháp']);
    expect(article.meta.status).toBe('published');
    expect(article.meta.publishedUrl).toBe('https://bao.vn/tin-1');
  }
});

it('a restore onto an article not published (any more) brings back no old address', async () => {
  const now = () => new Date('2026-11-29T08:00:00.000Z');
  const store = new ArticleStore({ libraryPath: path.join(await tempDir(), 'library'), now });
  const history = new VersionHistory({ store, now });
  const created = await store.create();
  if (!created.ok) throw new Error(created.error.message);
  const article = created.value.article;
  const published = {
    ...withParagraphs(article, ['bản đăng']),
    meta: { ...article.meta, status: 'published' as const, publishedUrl: 'https://bao.vn/tin-1' },
  };
  const first = await store.save(published, created.value.revision);
  if (!first.ok) throw new Error(first.error.message);
  const taken = await history.takeSnapshot(article.id, 'export');
  if (!taken.ok) throw new Error(taken.error.message);
  const withdrawn = { ...withParagraphs(article, ['bản rút']), meta: { ...article.meta } };
  const second = await store.save(withdrawn, first.value.revision);
  if (!second.ok) throw new Error(second.error.message);

  const restored = await history.restore(article.id, taken.value.snapshotId);
  if (!restored.ok) throw new Error(restored.error.message);
  expect(bodyParagraphs(restored.value.article)).toEqual(['bản đăng']);
  expect(restored.value.article.meta.status).toBe('draft');
  expect(restored.value.article.meta).not.toHaveProperty('publishedUrl');
});

/**
 * 'history:copied': Copy HTML puts the article on the clipboard for the CMS,
 * which is how most newsrooms publish, and the history keeps it as an export
 * ("what did we publish?"), once per set of words however often it is copied.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { openSettings } from '../../../electron/services/settings';
import type { LoadedArticle } from '../../../shared/ipc/channels';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

async function services() {
  const root = await tempDir();
  const settings = openSettings({ cwd: path.join(root, 'config'), projectName: 'Newsdesk' });
  const libraryPath = path.join(root, 'library');
  const app = createAppServices({
    settings,
    host: 'web',
    systemLocales: ['vi-VN'],
    libraryPath,
    notices: [],
  });
  const created = (await app.dispatch('article:create', {})) as { ok: true; value: LoadedArticle };
  return { ...app, libraryPath, article: created.value.article };
}

it('keeps the copied article as an export snapshot, once per set of words', async () => {
  const { dispatch, libraryPath, article } = await services();
  const copied = { ...article, headline: 'Bão số 3 đổ bộ' };
  const first = await dispatch('history:copied', { article: copied });
  expect(first).toMatchObject({ ok: true, value: { reason: 'export' } });
  // Copied again, unchanged (the paste into the CMS did not take): nothing new.
  expect(await dispatch('history:copied', { article: { ...copied } })).toEqual({
    ok: true,
    value: null,
  });
  const changed = { ...copied, headline: 'Bão số 3 đổ bộ vào Quảng Ninh' };
  expect(await dispatch('history:copied', { article: changed })).toMatchObject({
    ok: true,
    value: { reason: 'export' },
  });

  const listed = (await dispatch('history:list', { id: article.id })) as {
    ok: true;
    value: { items: { snapshotId: string; reason: string }[] };
  };
  expect(listed.value.items.map((item) => item.reason)).toEqual(['export', 'export']);
  const newest = (await dispatch('history:load', {
    id: article.id,
    snapshotId: listed.value.items[0]!.snapshotId,
  })) as { ok: true; value: { article: { headline: string } } };
  expect(newest.value.article.headline).toBe('Bão số 3 đổ bộ vào Quảng Ninh');
  expect(await readdir(path.join(libraryPath, article.id, 'history'))).toHaveLength(2);
});

it('refuses an article that is not in the library, and makes no folder for it', async () => {
  const { dispatch, libraryPath, article } = await services();
  const stranger = { ...article, id: 'aaaaaaaa-3333' };
  expect(await dispatch('history:copied', { article: stranger })).toMatchObject({ ok: false });
  await expect(stat(path.join(libraryPath, stranger.id))).rejects.toThrow();
});

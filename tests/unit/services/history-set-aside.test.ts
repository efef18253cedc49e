/**
 * 'history:set-aside' ("Load theirs"): the reporter's version goes into the
 * history before it is dropped. It must hold only what a save would write, or
 * the words "set aside" are a snapshot that cannot be opened or restored.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
  return { ...app, libraryPath };
}

async function created(dispatch: (channel: unknown, request: unknown) => Promise<unknown>) {
  return ((await dispatch('article:create', {})) as { ok: true; value: LoadedArticle }).value;
}

function paragraph(text: string) {
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text }],
  };
}

describe("'history:set-aside'", () => {
  it('refuses an article that is not in the library, and makes no folder for it', async () => {
    const { dispatch, libraryPath } = await services();
    const { article } = await created(dispatch);
    const stranger = { ...article, id: 'aaaaaaaa-2222' };
    const result = await dispatch('history:set-aside', { article: stranger });
    expect(result).toMatchObject({ ok: false });
    await expect(stat(path.join(libraryPath, stranger.id))).rejects.toThrow();
  });

  it('keeps the version in NFC, as a save would, and it can be loaded back', async () => {
    const { dispatch } = await services();
    const { article } = await created(dispatch);
    const nfd = 'Chữ của tôi'.normalize('NFD');
    const set = (await dispatch('history:set-aside', {
      article: { ...article, headline: nfd },
    })) as { ok: true; value: { snapshotId: string } };
    expect(set.ok).toBe(true);
    const loaded = (await dispatch('history:load', {
      id: article.id,
      snapshotId: set.value.snapshotId,
    })) as { ok: true; value: { article: { headline: string } } };
    expect(loaded.value.article.headline).toBe('Chữ của tôi'.normalize('NFC'));
  });

  it('refuses what no save would write (an unknown block): nothing unrestorable is kept', async () => {
    const { dispatch, libraryPath } = await services();
    const { article } = await created(dispatch);
    const body = {
      root: { ...article.body.root, children: [{ ...paragraph('x'), type: 'script' }] },
    };
    const result = await dispatch('history:set-aside', { article: { ...article, body } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const names = await readdir(path.join(libraryPath, article.id, 'history')).catch(() => []);
    expect(names).toEqual([]);
  });

  it('refuses an article over the size any article may be, whose snapshot could never be opened', async () => {
    const { dispatch, libraryPath } = await services();
    const { article } = await created(dispatch);
    // 40 paragraphs of 1 MB: 40 MB, over MAX_ARTICLE_FILE_BYTES (32 MB).
    const big = 'chữ '.repeat(250_000);
    const body = {
      root: { ...article.body.root, children: Array.from({ length: 40 }, () => paragraph(big)) },
    };
    const result = await dispatch('history:set-aside', { article: { ...article, body } });
    if (result && (result as { ok: boolean }).ok) {
      // Written: show that it cannot be read back.
      const id = (result as { value: { snapshotId: string } }).value.snapshotId;
      const loaded = await dispatch('history:load', { id: article.id, snapshotId: id });
      expect(loaded).toMatchObject({ ok: true });
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const names = await readdir(path.join(libraryPath, article.id, 'history')).catch(() => []);
    expect(names).toEqual([]);
  }, 60_000);
});

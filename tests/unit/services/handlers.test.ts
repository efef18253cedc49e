import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { openSettings } from '../../../electron/services/settings';
import type { LibraryListing, LoadedArticle } from '../../../shared/ipc/channels';
import { serializeArticle } from '../../../electron/services/article-store';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

async function services(languageOverride?: string) {
  const root = await tempDir();
  const settings = openSettings({ cwd: path.join(root, 'config'), projectName: 'Newsdesk' });
  const libraryPath = path.join(root, 'library');
  const app = createAppServices({
    settings,
    host: 'web',
    systemLocales: ['vi-VN'],
    languageOverride,
    libraryPath,
    notices: [],
  });
  return { ...app, libraryPath };
}

describe('the bridge handler table', () => {
  it('rejects an unknown channel without touching anything', async () => {
    const { dispatch } = await services();
    const result = await dispatch('fs:readFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await dispatch(42, {})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it.each([
    ['a path instead of an id', 'article:load', { id: '../../etc' }],
    ['an unknown field', 'article:load', { id: 'aaaaaaaa-1111', extra: true }],
    ['a missing field', 'article:trash', {}],
    ['a wrong type', 'settings:update', { language: 'fr' }],
    ['a non-object payload', 'article:load', 'aaaaaaaa-1111'],
  ])('rejects a malformed payload: %s', async (_name, channel, request) => {
    const { dispatch } = await services();
    const result = await dispatch(channel, request);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('rejects a save whose article breaks the schema, and writes nothing', async () => {
    const { dispatch, libraryPath } = await services();
    const created = (await dispatch('article:create', {})) as { ok: true; value: LoadedArticle };
    const file = path.join(libraryPath, created.value.article.id, 'article.json');
    const before = await readFile(file);
    const result = await dispatch('article:save', {
      baseRevision: created.value.revision,
      article: { ...created.value.article, schemaVersion: 99, script: '<script>' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await readFile(file)).toEqual(before);
  });

  it('creates, saves and loads through the table', async () => {
    const { dispatch } = await services();
    const created = (await dispatch('article:create', {})) as { ok: true; value: LoadedArticle };
    const article = { ...created.value.article, headline: 'Người dân Hà Nội' };
    const saved = await dispatch('article:save', { baseRevision: created.value.revision, article });
    expect(saved.ok).toBe(true);
    const loaded = await dispatch('article:load', { id: article.id });
    expect(loaded).toMatchObject({
      ok: true,
      value: { article: { headline: 'Người dân Hà Nội' } },
    });
  });

  it('lists from the index, then checks: null while the disk agrees, the new listing after an outside edit', async () => {
    const { dispatch, libraryPath } = await services();
    const created = (await dispatch('article:create', {})) as { ok: true; value: LoadedArticle };
    // A first list() gives main its summary index; the next start-up listing comes from it.
    await dispatch('library:list', {});
    const quick = (await dispatch('library:list', { fromIndex: true })) as {
      ok: true;
      value: LibraryListing;
    };
    expect(quick.value.checked).toBe(false);
    expect(quick.value.articles.map((a) => a.id)).toEqual([created.value.article.id]);
    const check = (version: string) => dispatch('library:check', { version });
    expect(await check(quick.value.version)).toEqual({ ok: true, value: { listing: null } });

    const file = path.join(libraryPath, created.value.article.id, 'article.json');
    const edited = { ...created.value.article, headline: 'Sửa ngoài Newsdesk' };
    await writeFile(file, serializeArticle(edited));
    expect(await check(quick.value.version)).toMatchObject({
      ok: true,
      value: { listing: { checked: true, articles: [{ headline: 'Sửa ngoài Newsdesk' }] } },
    });
  });

  it('"Keep mine" keeps the version it overwrites in the history', async () => {
    const { dispatch, libraryPath } = await services();
    const created = (await dispatch('article:create', {})) as { ok: true; value: LoadedArticle };
    const mine = { ...created.value.article, headline: 'Bản của tôi' };
    const first = (await dispatch('article:save', {
      baseRevision: created.value.revision,
      article: mine,
    })) as { ok: true; value: { revision: string } };
    // A colleague (or a sync tool) rewrites the file: a save on the old base is refused.
    const file = path.join(libraryPath, mine.id, 'article.json');
    await writeFile(file, serializeArticle({ ...mine, headline: 'Bản của đồng nghiệp' }));
    const refused = (await dispatch('article:save', {
      baseRevision: first.value.revision,
      article: { ...mine, sapo: 'Chữ mới của tôi' },
    })) as { ok: false; error: { code: string; currentRevision: string } };
    expect(refused.error.code).toBe('conflict');
    // "Keep mine": saved over exactly the revision the refusal named.
    const kept = await dispatch('article:save', {
      baseRevision: refused.error.currentRevision,
      article: { ...mine, sapo: 'Chữ mới của tôi' },
      replacing: true,
    });
    expect(kept.ok).toBe(true);
    const listed = (await dispatch('history:list', { id: mine.id })) as {
      ok: true;
      value: { items: { snapshotId: string }[] };
    };
    const headlines = await Promise.all(
      listed.value.items.map(async ({ snapshotId }) => {
        const loaded = (await dispatch('history:load', { id: mine.id, snapshotId })) as {
          ok: true;
          value: { article: { headline: string } };
        };
        return loaded.value.article.headline;
      }),
    );
    expect(headlines).toContain('Bản của đồng nghiệp');
  });

  it('reports the UI language: override first, then the setting', async () => {
    const { dispatch } = await services('en');
    expect(await dispatch('app:info', {})).toMatchObject({
      ok: true,
      value: { language: 'en', host: 'web' },
    });
    await dispatch('settings:update', { language: 'vi' });
    expect(await dispatch('app:info', {})).toMatchObject({
      ok: true,
      value: { language: 'vi', languageChoice: 'vi' },
    });
  });
});

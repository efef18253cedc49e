/**
 * The handlers that write or name folders take no path from the renderer
 * (issue #8): a request carries ids only, and main decides where things go.
 * Here the renderer does its worst with what it does control — an article's
 * slug and headline — and the export still lands only in the folder main chose.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { openSettings } from '../../../electron/services/settings';
import type { Article } from '../../../shared/article/schema';
import type { LoadedArticle } from '../../../shared/ipc/channels';
import type { Result } from '../../../shared/ipc/result';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

async function services(extra: { chooseExportFolder?: () => Promise<string | null> } = {}) {
  const root = await tempDir();
  const libraryPath = path.join(root, 'library');
  const shown: string[] = [];
  const app = createAppServices({
    settings: openSettings({ cwd: path.join(root, 'config'), projectName: 'Newsdesk' }),
    host: 'web',
    systemLocales: ['vi-VN'],
    libraryPath,
    notices: [],
    showInFolder: (filePath: string) => shown.push(filePath),
    ...extra,
  });
  return { ...app, root, libraryPath, shown };
}

/**
 * Every path under `dir`, relative to it, except the library's own summary index
 * (`<library>/.newsdesk/`), which listing the library writes in the background.
 */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries
    .map(String)
    .filter((entry) => !entry.split(path.sep).includes('.newsdesk'))
    .sort();
}

const HOSTILE_SLUGS = [
  '../../../outside',
  '..',
  '/etc/cron.d/x',
  '..\\..\\outside',
  'C:\\Windows\\x',
  '%2e%2e%2foutside',
  'a/../../b',
  '\u0000x',
];

async function hostileArticle(dispatch: ReturnType<typeof createAppServices>['dispatch']) {
  const created = value<LoadedArticle>(await dispatch('article:create', {}));
  return { created, id: created.article.id };
}

describe('folders are main’s choice, never the renderer’s', () => {
  it.each(HOSTILE_SLUGS)(
    'article:export with slug %j writes only inside <library>/exports',
    async (slug) => {
      const { dispatch, root, libraryPath } = await services();
      const { created, id } = await hostileArticle(dispatch);
      const article: Article = {
        ...created.article,
        headline: `../../${slug}`,
        meta: { ...created.article.meta, slug },
      };
      value(await dispatch('article:save', { baseRevision: created.revision, article }));
      const before = await tree(root);

      const exported = value<{ kind: string; folder: string; indexPath: string }>(
        await dispatch('article:export', { id }),
      );
      const exportsDir = path.join(libraryPath, 'exports');
      expect(path.dirname(exported.folder)).toBe(exportsDir);
      expect(path.dirname(exported.indexPath)).toBe(exported.folder);
      const added = (await tree(root)).filter((entry) => !before.includes(entry));
      expect(added.length).toBeGreaterThan(0);
      // Besides the export, only the article's own version-history snapshot of it.
      const historyDir = path.join(libraryPath, id, 'history');
      for (const entry of added) {
        const full = path.join(root, entry);
        const inExports = full === exportsDir || full.startsWith(`${exportsDir}${path.sep}`);
        const isSnapshot =
          full === historyDir ||
          (path.dirname(full) === historyDir && /-export-\d+\.json$/.test(full));
        expect(inExports || isSnapshot, entry).toBe(true);
      }
    },
  );

  it('article:export writes only inside the folder the dialog returned', async () => {
    const chosen = path.join(await tempDir(), 'chosen');
    const { dispatch, root } = await services({ chooseExportFolder: async () => chosen });
    const { created, id } = await hostileArticle(dispatch);
    const article: Article = {
      ...created.article,
      headline: '../../outside',
      meta: { ...created.article.meta, slug: '../../../outside' },
    };
    value(await dispatch('article:save', { baseRevision: created.revision, article }));
    const before = await tree(root);
    const exported = value<{ folder: string }>(await dispatch('article:export', { id }));
    expect(path.dirname(exported.folder)).toBe(chosen);
    // Nothing else under the library but the export's version-history snapshot.
    const added = (await tree(root)).filter((entry) => !before.includes(entry));
    expect(added.every((entry) => /[\\/]history([\\/]\d+-export-\d+\.json)?$/.test(entry))).toBe(
      true,
    );
  });

  it('article:show-in-folder names the article’s own file, built from the checked id', async () => {
    const { dispatch, libraryPath, shown } = await services();
    const { id } = await hostileArticle(dispatch);
    const result = value<{ path: string }>(await dispatch('article:show-in-folder', { id }));
    expect(result.path).toBe(path.join(libraryPath, id, 'article.json'));
    expect(shown).toEqual([result.path]);
    expect(
      await dispatch('article:show-in-folder', { id: '../../etc', path: '/etc' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(shown).toHaveLength(1);
  });

  it('settings:update cannot move the library: the path is not part of the bridge', async () => {
    const { dispatch, libraryPath } = await services();
    expect(await dispatch('settings:update', { libraryPath: '/etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(value<{ libraryPath: string }>(await dispatch('app:info', {})).libraryPath).toBe(
      libraryPath,
    );
  });
});

/**
 * The web host's services on a fresh library in `root`, holding one saved
 * article with `headline`: the set-up of tests about what a shared library
 * may hold (links, pipes) around that article.
 */
import path from 'node:path';
import { createAppServices } from '../../../electron/services/app-services';
import { openSettings } from '../../../electron/services/settings';
import type { LoadedArticle } from '../../../shared/ipc/channels';
import type { Result } from '../../../shared/ipc/result';

/** A bridge answer's value; a failure fails the test with its error. */
export function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

export async function webHostLibraryWithArticle(root: string, headline: string) {
  const libraryPath = path.join(root, 'library');
  const { dispatch } = createAppServices({
    settings: openSettings({ cwd: path.join(root, 'config'), projectName: 'Newsdesk' }),
    host: 'web',
    systemLocales: ['en-US'],
    libraryPath,
    notices: [],
  });
  const created = value<LoadedArticle>(await dispatch('article:create', {}));
  const article = { ...created.article, headline };
  value(await dispatch('article:save', { baseRevision: created.revision, article }));
  return { dispatch, libraryPath, id: article.id };
}

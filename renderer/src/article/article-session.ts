/** One open article: its draft and its save queue, wired to the bridge. */
import type { Article } from '../../../shared/article/schema';
import type { LoadedArticle } from '../../../shared/ipc/channels';
import { getBridge } from '../bridge';
import { ArticleDraft } from './article-draft';
import { SaveQueue, type SaveState } from './save-queue';

export interface ArticleSession {
  /** Changes on every (re)load, so the editor remounts. */
  key: string;
  draft: ArticleDraft;
  queue: SaveQueue;
}

let loads = 0;

export function createArticleSession(
  loaded: LoadedArticle,
  handlers: {
    onStateChange: (session: ArticleSession, state: SaveState) => void;
    onSaved: (article: Article) => void;
  },
): ArticleSession {
  const draft = new ArticleDraft(loaded.article);
  loads += 1;
  const session: ArticleSession = {
    key: `${loaded.article.id}#${loads}`,
    draft,
    queue: new SaveQueue({
      revision: loaded.revision,
      snapshot: () => draft.snapshot(),
      save: (request) => getBridge().invoke('article:save', request),
      onStateChange: (state) => handlers.onStateChange(session, state),
      onSaved: (article, _revision, updatedAt) => {
        draft.markSaved(updatedAt);
        handlers.onSaved({ ...article, updatedAt });
      },
    }),
  };
  return session;
}

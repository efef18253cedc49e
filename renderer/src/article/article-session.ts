/** One open article: its draft and its save queue, wired to the bridge. */
import type { Article } from '../../../shared/article/schema';
import type { LoadedArticle } from '../../../shared/ipc/channels';
import { getBridge } from '../bridge';
import { ArticleDraft } from './article-draft';
import type { SaveState } from './save-queue';
import { JournaledSaveQueue } from './journaled-save-queue';
import { RecoveryWriter } from './recovery-writer';
import { SavedBlocks } from './saved-blocks';
import { ValueStore } from '../app/value-store';

export interface ArticleSession {
  /** Changes on every (re)load, so the editor remounts. */
  key: string;
  draft: ArticleDraft;
  queue: JournaledSaveQueue;
  /** Unsaved edits go to main's recovery journal too (issue #6). */
  journal: RecoveryWriter;
  /** The save state, for the status element alone (it writes the DOM itself: SaveStatus.tsx). */
  status: ValueStore<SaveState>;
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
  // Saves and journal writes send only the blocks changed since the last save
  // (or, before the first, since the version opened).
  const savedBlocks = new SavedBlocks();
  savedBlocks.loaded(loaded.article, loaded.revision);
  const journal: RecoveryWriter = new RecoveryWriter({
    session: crypto.randomUUID(),
    snapshot: () => draft.snapshot(),
    baseRevision: (): string | null => queue.getRevision(),
    write: ({ article, ...request }) =>
      savedBlocks.send(article, (payload) =>
        getBridge().invoke('journal:write', { ...request, ...payload }),
      ),
  });
  // The journal sequence a save covers is captured with its snapshot; one save
  // is in flight at a time, so one variable pairs each snapshot with its result.
  let capturedSequence = 0;
  const status = new ValueStore<SaveState>({ kind: 'saved' });
  const queue: JournaledSaveQueue = new JournaledSaveQueue(
    {
      revision: loaded.revision,
      snapshot: () => {
        capturedSequence = journal.captureForSave();
        return draft.snapshot();
      },
      save: ({ article, baseRevision, replacing }) => {
        const mark = journal.markFor(capturedSequence);
        return savedBlocks.send(article, (payload) =>
          getBridge().invoke('article:save', {
            baseRevision,
            journal: mark,
            ...(replacing && { replacing }),
            ...payload,
          }),
        );
      },
      onStateChange: (state) => {
        status.set(state);
        handlers.onStateChange(session, state);
      },
      onSaved: (article, revision, updatedAt) => {
        savedBlocks.saved(article, revision);
        draft.markSaved(updatedAt);
        journal.saved(capturedSequence);
        handlers.onSaved({ ...article, updatedAt });
      },
    },
    journal,
  );
  const session: ArticleSession = {
    key: `${loaded.article.id}#${loads}`,
    draft,
    queue,
    journal,
    status,
  };
  return session;
}

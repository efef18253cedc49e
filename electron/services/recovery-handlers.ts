/**
 * Handlers of the recovery channels (shared/ipc/recovery-channels.ts), and the
 * save/load/create wrappers that keep the journal, the history and the
 * external-change watcher informed. handlers.ts spreads these into its table.
 */
import { join } from 'node:path';
import type { Article } from '../../shared/article/schema';
import type { ArticleDelta } from '../../shared/article/article-delta';
import type { LoadedArticle } from '../../shared/ipc/channels';
import type { z } from 'zod';
import type {
  JournalDiskState,
  JournalEntrySummary,
  JournalMark,
  RecoveryResponseMap,
  recoveryRequestSchemas,
} from '../../shared/ipc/recovery-channels';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { sameContent } from '../../shared/recovery/article-diff';
import { figureAssetIds } from '../../shared/article/figure-assets';
import { ARTICLE_FILE_NAME, revisionOnDisk, type ArticleStore } from './article-store';
import { copyImageBetweenArticles } from './image-copy';
import type { ArticleWatcher } from './article-watcher';
import type { RecoveryJournal } from './recovery-journal';
import type { VersionHistory } from './version-history';

export interface RecoveryServices {
  journal: RecoveryJournal | null;
  history: VersionHistory;
  /** Null where nothing needs watching (tests); the renderer also polls `article:revision`. */
  watcher: ArticleWatcher | null;
}

export interface RecoveryContext {
  store: ArticleStore;
  recovery: RecoveryServices;
  /** Electron: reveal the file in the system's file manager. The web host has none. */
  showInFolder?: (filePath: string) => void;
}

type RecoveryRequest<C extends keyof RecoveryResponseMap> = z.output<
  (typeof recoveryRequestSchemas)[C]
>;
type RecoveryHandlerTable = {
  [C in keyof RecoveryResponseMap]: (
    request: RecoveryRequest<C>,
  ) => Promise<Result<RecoveryResponseMap[C]>>;
};

const NO_JOURNAL = fail(
  'io',
  'No recovery folder is configured, so unsaved edits cannot be journaled.',
);

/**
 * Saves `article`'s content as a new article (new id, new creation time); the
 * original is untouched. Each article keeps its own images, so the figures'
 * images are copied into the new article's folder first, from `article.id`'s
 * (or any article holding the same bytes): without them the copy ("Keep
 * both", "Restore as a copy") showed missing photos and could not be exported.
 * An image that cannot be copied (missing from the whole library) shows as
 * missing in the copy, as it would in the original.
 */
export async function saveAsCopy(
  store: ArticleStore,
  article: Article,
): Promise<Result<LoadedArticle>> {
  const created = await store.create();
  if (!created.ok) return created;
  const copy: Article = {
    ...article,
    id: created.value.article.id,
    createdAt: created.value.article.createdAt,
  };
  for (const assetId of figureAssetIds(article.body)) {
    // Never a reason to lose the copy's words: an image that cannot be copied
    // shows as missing in the copy, where the reporter can insert it again.
    await copyImageBetweenArticles({
      libraryPath: store.libraryPath,
      toArticleId: copy.id,
      assetId,
      fromArticleId: article.id,
    });
  }
  const saved = await store.save(copy, created.value.revision);
  if (!saved.ok) return saved;
  return store.load(copy.id);
}

export function createRecoveryHandlers(context: RecoveryContext): RecoveryHandlerTable {
  const { store, recovery } = context;
  const { journal, history, watcher } = recovery;

  /** An entry compared with the file on disk; null when it holds nothing the disk lacks. */
  const describe = async (
    entry: NonNullable<Awaited<ReturnType<RecoveryJournal['get']>>>,
  ): Promise<JournalEntrySummary | null> => {
    const loaded = await store.load(entry.articleId);
    let disk: JournalDiskState;
    if (loaded.ok) {
      // A journal write can land after the save that covered it (a kill between
      // the two): same content as the disk means nothing is unsaved.
      if (sameContent(loaded.value.article, entry.article)) return null;
      disk =
        loaded.value.revision === entry.baseRevision
          ? { kind: 'same-base' }
          : { kind: 'moved-on', article: loaded.value.article };
    } else if (loaded.error.code === 'not-found') {
      disk = { kind: 'missing', message: loaded.error.message };
    } else {
      disk = { kind: 'damaged', message: loaded.error.message };
    }
    return {
      articleId: entry.articleId,
      baseRevision: entry.baseRevision,
      writtenAt: entry.writtenAt,
      article: entry.article,
      disk,
    };
  };

  /** Our own write of `id`: the watcher must not report it as someone else's. */
  const ownWrite = <T extends Result<{ revision: string }>>(id: string, write: () => Promise<T>) =>
    watcher
      ? watcher.ownWrite(id, write, (result) => (result.ok ? result.value.revision : null))
      : write();

  return {
    'journal:write': async ({ baseRevision, session, sequence, ...payload }) => {
      if (!journal) return NO_JOURNAL;
      const article = store.resolvePayload(payload);
      if (!article.ok) return article;
      return ok({
        written: await journal.write({ article: article.value, baseRevision, session, sequence }),
      });
    },
    'journal:list': async () => {
      if (!journal) return ok({ entries: [], unreadable: [], folder: null, otherLibraries: [] });
      const { entries, unreadable, otherLibraries } = await journal.list();
      const summaries: JournalEntrySummary[] = [];
      for (const entry of entries) {
        const summary = await describe(entry);
        if (summary) summaries.push(summary);
        else await journal.discard(entry.articleId);
      }
      return ok({ entries: summaries, unreadable, folder: journal.recoveryDir, otherLibraries });
    },
    'journal:restore': async ({ id, as }) => {
      if (!journal) return NO_JOURNAL;
      const entry = await journal.get(id);
      if (!entry)
        return fail('not-found', `There are no unsaved edits of article ${id} to restore.`);
      let restored: Result<LoadedArticle>;
      if (as === 'copy') {
        restored = await saveAsCopy(store, entry.article);
      } else {
        const current = await store.load(id);
        if (!current.ok) return current;
        // The version being replaced stays in the history: the restore can be undone.
        const undo = await history.takeSnapshot(id, 'before-restore');
        if (!undo.ok) return undo;
        const saved = await ownWrite(id, () =>
          store.save(
            { ...entry.article, createdAt: current.value.article.createdAt },
            current.value.revision,
          ),
        );
        restored = saved.ok ? await store.load(id) : saved;
      }
      if (!restored.ok) return restored;
      await journal.discard(id);
      return restored;
    },
    'journal:discard': async ({ id }) => {
      if (!journal) return ok({ deleted: false });
      return ok({ deleted: await journal.discard(id) });
    },
    'article:revision': async ({ id }) =>
      ok({ revision: await revisionOnDisk(join(store.articleDir(id), ARTICLE_FILE_NAME)) }),
    'article:save-as-copy': async ({ article }) => saveAsCopy(store, article),
    'article:show-in-folder': async ({ id }) => {
      const filePath = join(store.articleDir(id), ARTICLE_FILE_NAME);
      if (!context.showInFolder) return ok({ path: filePath, shown: false });
      context.showInFolder(filePath);
      return ok({ path: filePath, shown: true });
    },
    'history:list': async ({ id }) => history.list(id),
    'history:load': async ({ id, snapshotId }) => history.load(id, snapshotId),
    'history:take-sync-copies': async ({ id }) => history.takeInSyncCopies(id),
    'history:set-aside': async ({ article }) => {
      // Only what a save would write: a snapshot of more (over the size limit,
      // an unknown block) could never be opened or restored, and the words
      // "Load theirs" then drops would be lost after all.
      const writable = store.asWritable(article);
      if (!writable.ok) return writable;
      return history.snapshotArticle(writable.value, 'set-aside');
    },
    'history:copied': async ({ article }) => {
      const writable = store.asWritable(article);
      if (!writable.ok) return writable;
      return history.snapshotExport(writable.value);
    },
    'history:restore': async ({ id, snapshotId }) => {
      return ownWrite(id, () => history.restore(id, snapshotId));
    },
  };
}

/** The save, load and create handlers, with the watcher and history kept informed. */
export function createWatchedArticleHandlers(context: RecoveryContext) {
  const { store, recovery } = context;
  const { watcher, history, journal } = recovery;
  return {
    'article:create': async (): Promise<Result<LoadedArticle>> => {
      const created = await store.create();
      if (created.ok) await watcher?.watch(created.value.article.id, created.value.revision);
      return created;
    },
    'article:load': async ({ id }: { id: string }): Promise<Result<LoadedArticle>> => {
      const loaded = await store.load(id);
      if (loaded.ok) await watcher?.watch(id, loaded.value.revision);
      return loaded;
    },
    'article:save': async ({
      baseRevision,
      journal: mark,
      replacing,
      ...payload
    }: {
      article?: Article;
      delta?: ArticleDelta;
      baseRevision: string | null;
      journal?: JournalMark;
      replacing?: true;
    }): Promise<Result<{ revision: string; updatedAt: string }>> => {
      const resolved = store.resolvePayload(payload);
      if (!resolved.ok) return resolved;
      const article = resolved.value;
      if (replacing) {
        // "Keep mine" saves over words the reporter did not write (a colleague's,
        // a sync tool's): they stay in the history, as a restore's are, and
        // without that snapshot the version on disk is not replaced. A version
        // that moved on meanwhile is snapshotted too, and the save is refused.
        const kept = await history.takeSnapshot(article.id, 'replaced');
        if (!kept.ok) return kept;
      }
      const write = () => store.save(article, baseRevision);
      const watched = () =>
        watcher
          ? watcher.ownWrite(article.id, write, (result) =>
              result.ok ? result.value.revision : null,
            )
          : write();
      const saved =
        journal && mark && mark.sequence > 0
          ? await journal.coveringSave({ article, baseRevision, ...mark }, watched)
          : await watched();
      if (saved.ok) await history.afterSave(article.id);
      return saved;
    },
  };
}

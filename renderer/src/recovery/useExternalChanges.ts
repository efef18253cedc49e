/**
 * Notices when the open article's file changes on disk behind the editor's
 * back, and decides what to do: reload quietly when nothing is unsaved, ask
 * otherwise (ExternalChangeDialog). A refused save (`conflict`) asks the same.
 *
 * How it notices: it asks main for the file's revision every couple of seconds
 * (`article:revision`, a content hash); in Electron, main's file watcher also
 * pushes `onArticleChanged` so the check happens at once. Polling is what the
 * web host has (no push channel), and a poll that overlaps one of our own saves
 * is ignored, so our own writes are never taken for someone else's.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoadedArticle } from '../../../shared/ipc/channels';
import { getBridge } from '../bridge';
import { failureMessage, type ErrorMessage } from '../i18n/error-text';
import type { ArticleSession } from '../article/article-session';
import type { SaveState } from '../article/save-queue';

export const EXTERNAL_CHANGE_POLL_MS = 2000;

export interface ExternalChangeActions {
  /**
   * Loads the article again from disk; unsaved edits stop it unless they are
   * to be discarded (then their journal entry goes too, once the disk's
   * version is in hand). True when the disk's version is now open.
   */
  reload: (options?: { discardEdits?: boolean }) => Promise<boolean>;
  /** Opens another article (the copy made by "Keep both"). */
  openLoaded: (loaded: LoadedArticle) => void;
  refreshList: () => Promise<void>;
  showError: (message: ErrorMessage) => void;
}

export interface ExternalChanges {
  /** True while the user must choose between their version and the one on disk. */
  prompt: boolean;
  /** The article is no longer in the library: its edits can be kept as a new one. */
  gone: boolean;
  keepMine: () => Promise<void>;
  loadTheirs: () => Promise<void>;
  keepBoth: () => Promise<void>;
  /**
   * Closes the "gone" question for this article: a library on a share or a
   * drive that is away for a moment comes back, and the next save lands.
   */
  keepEditing: () => void;
  /**
   * Asks the "gone" question again after "Keep editing": the reporter is
   * trying to leave the article, which a save that cannot land would hold.
   */
  askAgain: () => void;
}

/**
 * A save that asks the reporter what to do: refused (`conflict`), or finding
 * the article gone from the library (trashed in another window, deleted by a
 * sync tool). A gone article can never be saved again, and the failed flush
 * kept the reporter on it: no other article could be opened or made.
 */
export function asksTheReporter(state: SaveState): boolean {
  return state.kind === 'conflict' || (state.kind === 'failed' && state.error.code === 'not-found');
}

export function useExternalChanges(
  session: ArticleSession | null,
  saveState: SaveState,
  actions: ExternalChangeActions,
): ExternalChanges {
  /** The session in which a change was seen: a prompt never outlives its article. */
  const [detectedIn, setDetectedIn] = useState<ArticleSession | null>(null);
  /** The session whose "gone" question the reporter closed to go on typing. */
  const [goneDismissedIn, setGoneDismissedIn] = useState<ArticleSession | null>(null);
  const actionsRef = useRef(actions);
  const sessionRef = useRef(session);
  useEffect(() => {
    actionsRef.current = actions;
    sessionRef.current = session;
  });
  const checking = useRef(false);
  /** The revision on disk that a quiet reload could not open. */
  const unloadable = useRef<string | null>(null);

  const check = useCallback(async () => {
    const current = sessionRef.current;
    if (!current || checking.current) return;
    const { queue } = current;
    const before = queue.getRevision();
    if (queue.getState().kind === 'saving') return;
    checking.current = true;
    try {
      const result = await getBridge().invoke('article:revision', { id: current.draft.id });
      // Our own save may have finished (or started) meanwhile: this answer proves nothing.
      if (
        !result.ok ||
        sessionRef.current !== current ||
        queue.getRevision() !== before ||
        queue.getState().kind === 'saving'
      )
        return;
      const revision = result.value.revision;
      // A file gone from disk (moved to the trash elsewhere) is left to the next save to report.
      if (revision === null || revision === before) return;
      if (!queue.hasUnsavedEdits() && queue.getState().kind !== 'conflict') {
        // Tried once: a file that cannot be opened (damaged, from a newer
        // Newsdesk) was reported, and asking again every poll stacked a new
        // error every two seconds. A later change on disk is tried again.
        if (revision === unloadable.current) return;
        const reloaded = await actionsRef.current.reload();
        if (!reloaded && sessionRef.current === current && !queue.hasUnsavedEdits())
          unloadable.current = revision;
        return;
      }
      setDetectedIn(current);
    } finally {
      checking.current = false;
    }
  }, []);

  useEffect(() => {
    if (!session) return;
    const timer = setInterval(() => void check(), EXTERNAL_CHANGE_POLL_MS);
    const unsubscribe = getBridge().onArticleChanged?.((change) => {
      if (change.id === session.draft.id) void check();
    });
    return () => {
      clearInterval(timer);
      unsubscribe?.();
    };
  }, [session, check]);

  const keepMine = useCallback(async () => {
    const current = sessionRef.current;
    if (!current) return;
    setDetectedIn(null);
    const { queue } = current;
    // A save based on the old revision is refused with the revision now on
    // disk; keepMine then saves over exactly that revision, never blindly.
    if (queue.getState().kind !== 'conflict') await queue.flush();
    if (queue.getState().kind === 'conflict') await queue.keepMine();
  }, []);

  /**
   * "Load theirs" or "Keep both" under way: the dialog stays open meanwhile,
   * and a second click (a double click, Enter then a click) does nothing; it
   * set the version aside twice, or made two copies.
   */
  const choosing = useRef(false);
  const chooseOnce = useCallback(async (choice: (current: ArticleSession) => Promise<void>) => {
    const current = sessionRef.current;
    if (!current || choosing.current) return;
    choosing.current = true;
    try {
      await choice(current);
    } finally {
      choosing.current = false;
    }
  }, []);

  const loadTheirs = useCallback(
    () =>
      chooseOnce(async (current) => {
        // The reporter's version goes into the history first, as "Keep mine" keeps
        // the other one: the choice can be undone from Version history. Without
        // that snapshot nothing is discarded, and the question stays.
        const kept = await getBridge().invoke('history:set-aside', {
          article: current.draft.snapshot(),
        });
        if (!kept.ok) {
          actionsRef.current.showError(failureMessage('external.failed', kept.error));
          return;
        }
        setDetectedIn(null);
        // The session stays alive until the disk's version is open: when that
        // cannot be loaded (a file from a newer Newsdesk, a damaged one) the
        // reporter keeps an editor that still saves and journals what they type.
        // Meanwhile a save of theirs cannot overwrite the file: it is refused as
        // a conflict, since the file's revision moved on.
        await actionsRef.current.reload({ discardEdits: true });
      }),
    [chooseOnce],
  );

  const keepBoth = useCallback(
    () =>
      chooseOnce(async (current) => {
        const result = await getBridge().invoke('article:save-as-copy', {
          article: current.draft.snapshot(),
        });
        if (!result.ok) {
          actionsRef.current.showError(failureMessage('external.failed', result.error));
          return;
        }
        setDetectedIn(null);
        current.queue.dispose();
        await getBridge().invoke('journal:discard', { id: current.draft.id });
        actionsRef.current.openLoaded(result.value);
        await actionsRef.current.refreshList();
      }),
    [chooseOnce],
  );

  const keepEditing = useCallback(() => setGoneDismissedIn(sessionRef.current), []);
  const askAgain = useCallback(() => setGoneDismissedIn(null), []);

  const gone = session !== null && saveState.kind === 'failed' && asksTheReporter(saveState);
  return {
    prompt:
      session !== null &&
      (detectedIn === session ||
        saveState.kind === 'conflict' ||
        (gone && goneDismissedIn !== session)),
    gone,
    keepMine,
    loadTheirs,
    keepBoth,
    keepEditing,
    askAgain,
  };
}

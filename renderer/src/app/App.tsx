/**
 * The composition root of the renderer: language, library, trash and the open
 * article. Switching articles first flushes the open one's pending save (and
 * stays put if that fails), so no keystroke is lost.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article/schema';
import type { AppInfo, LoadedArticle } from '../../../shared/ipc/channels';
import { firstUiLanguage, type LanguageChoice } from '../../../shared/settings';
import { formatMessage } from '../../../shared/i18n/messages';
import { getBridge } from '../bridge';
import { failureMessage, type ErrorMessage } from '../i18n/error-text';
import { I18nProvider, useI18n, type Translate } from '../i18n/I18nProvider';
import { HouseStyleProvider } from '../house-style/HouseStyleContext';
import { AssetHostProvider } from '../editor/figure/asset-host';
import { LibraryArticlesProvider } from '../editor/related/useLibraryArticles';
import type { HouseStyle } from '../../../shared/house-style';
import { createArticleSession, type ArticleSession } from '../article/article-session';
import type { SaveState } from '../article/save-queue';
import {
  ArticleEditorView,
  focusedArticleField,
  type FieldFocus,
} from '../article/ArticleEditorView';
import { LibrarySidebar } from '../library/LibrarySidebar';
import { TrashView } from '../library/TrashView';
import { useLibraryListing } from '../library/useLibraryListing';
import { useArticleShown } from './useArticleShown';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorBanners, type ShownError } from './ErrorBanners';
import { SettingsDialog } from './SettingsDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useMenuCommands } from './useMenuCommands';
import { useLastArticle } from './useLastArticle';
import { printArticle } from './print-article';
import { desktopMessage } from '../../../shared/i18n/desktop-messages';
import { isComposingKey, isPrimaryShortcut } from './keys';
import { useFlushOnLeave } from './useFlushOnLeave';
import { loadArticle, startEarlyLoad } from './early-article-load';
import { holdOneWindowLock } from './one-window';
import { useFlushOnQuit } from './useFlushOnQuit';
import { RecoveryGate } from '../recovery/RecoveryGate';
import { ExternalChangeDialog } from '../recovery/ExternalChangeDialog';
import { asksTheReporter, useExternalChanges } from '../recovery/useExternalChanges';
import { HistoryPanel } from '../recovery/HistoryPanel';
import { IMPORT_WAIT_LIMIT_MS, importsSettled } from '../editor/figure/pending-imports';
import { saveWithImports } from '../article/save-with-imports';
import { SyncCopiesNotice } from '../recovery/SyncCopiesNotice';
import { useSyncCopies } from '../recovery/useSyncCopies';

/** How long leaving (quit, a closing window or tab) waits for photos importing: under main's 4 s. */
const LEAVING_IMPORT_WAIT_MS = 2500;

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [lock, setLock] = useState<'waiting' | 'held' | 'elsewhere'>('waiting');

  /** Only the latest read is used: a page that waited reads the settings again. */
  const infoRead = useRef(0);
  /**
   * Main gives its start-up notices to the first read only (handlers.ts): kept
   * from whichever read had them, the one before a wait or a superseded one.
   */
  const startNotices = useRef<AppInfo['notices']>([]);
  const readInfo = useCallback(async () => {
    const read = ++infoRead.current;
    const result = await getBridge().invoke('app:info', {});
    if (result.ok && result.value.notices.length > 0) startNotices.current = result.value.notices;
    if (read !== infoRead.current) return;
    if (result.ok) setInfo({ ...result.value, notices: startNotices.current });
    else setStartError(result.error.message);
  }, []);

  useEffect(() => {
    let waited = false;
    return holdOneWindowLock({
      onHeld: () => {
        if (!waited) return setLock('held');
        // The settings this page read before it waited may have been changed
        // by the other one since: it read them again, or its first change in
        // Settings wrote the old house style back over the other tab's.
        void readInfo().finally(() => setLock('held'));
      },
      onElsewhere: () => {
        waited = true;
        setLock('elsewhere');
      },
    });
  }, [readInfo]);

  useEffect(() => {
    void readInfo();
  }, [readInfo]);

  if (!info || lock !== 'held') {
    // Before main has said which language the UI speaks: the system's, as the
    // "Same as the system" setting would pick it (a Vietnamese "Đang tải…" was
    // shown to every English user).
    const language = info?.language ?? firstUiLanguage(navigator.languages);
    return (
      <main className="app-loading" lang={language}>
        {startError !== null ? (
          <p role="alert">{formatMessage(language, 'app.loadFailed', { detail: startError })}</p>
        ) : lock === 'elsewhere' ? (
          <p>{formatMessage(language, 'app.openElsewhere')}</p>
        ) : (
          <p>{formatMessage(language, 'app.loading')}</p>
        )}
      </main>
    );
  }
  return (
    <I18nProvider language={info.language}>
      <HouseStyleProvider value={info.houseStyle}>
        <AssetHostProvider host={info.host}>
          <Workspace info={info} onInfo={setInfo} />
        </AssetHostProvider>
      </HouseStyleProvider>
    </I18nProvider>
  );
}

const NOTHING_LISTED: ArticleSummary[] = [];
/** One language to compare two banners' words in, whatever the UI speaks. */
const sameWordsIn: Translate = (key, params) => formatMessage('en', key, params);
const NOT_IN_CONFLICT: SaveState = { kind: 'saved' };

function Workspace({ info, onInfo }: { info: AppInfo; onInfo: (info: AppInfo) => void }) {
  const { t } = useI18n();
  const [view, setView] = useState<'library' | 'trash'>('library');
  /** The library view is back from the trash (it then focuses its "Trash" button). */
  const [backFromTrash, setBackFromTrash] = useState(false);
  const [session, setSession] = useState<ArticleSession | null>(null);
  /**
   * The save state as far as the workspace cares: whether a save was refused
   * or found the article gone (the prompt: asksTheReporter). Other states
   * change with every autosave and only the status element shows them (it
   * reads the session's store), so a save re-renders nothing here.
   */
  const [conflictState, setConflictState] = useState<SaveState>(NOT_IN_CONFLICT);
  /** Numbers the banners: each keeps its key while it is up (ErrorBanners.tsx). */
  const errorKeys = useRef(0);
  const [errors, setErrors] = useState<ShownError[]>(() =>
    info.notices.map((notice) => ({
      key: errorKeys.current++,
      message: (say: Translate) => say(notice.key, notice.params),
    })),
  );
  const [confirmTrash, setConfirmTrash] = useState<ArticleSummary | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const sessionRef = useRef<ArticleSession | null>(null);
  /** The switching, creating and trashing not yet done: each waits for the one before. */
  const pendingWork = useRef<Promise<void>>(Promise.resolve());
  /** Counts requests to show another article (open or create): only the latest is carried out. */
  const navigation = useRef({ latest: 0, creating: false });

  /**
   * Adds a banner, unless the same words are already up: a failure that
   * repeats (each keystroke in Settings with its folder read-only, each
   * retry) piled up banners the reporter had to dismiss one by one.
   */
  const showError = useCallback((message: ErrorMessage, topic?: string) => {
    setErrors((previous) => {
      const words = message(sameWordsIn);
      return previous.some((shown) => shown.message(sameWordsIn) === words)
        ? previous
        : [...previous, { key: errorKeys.current++, message, topic }];
    });
  }, []);
  /** Takes down the banners about `topic`: what they said is no longer true. */
  const withdrawErrors = useCallback((topic: string) => {
    setErrors((previous) =>
      previous.some((shown) => shown.topic === topic)
        ? previous.filter((shown) => shown.topic !== topic)
        : previous,
    );
  }, []);

  const { listing, libraryArticles, refresh, recheck, noteSaved, noteCreated, noteTrashed } =
    useLibraryListing(showError, withdrawErrors);

  const open = useCallback(
    (loaded: LoadedArticle) => {
      const next = createArticleSession(loaded, {
        onStateChange: (owner, state) => {
          if (sessionRef.current !== owner) return;
          // Same object when neither side asks: React skips the render.
          setConflictState((previous) =>
            asksTheReporter(state) || asksTheReporter(previous) ? state : previous,
          );
        },
        onSaved: noteSaved,
      });
      sessionRef.current = next;
      const initial = next.queue.getState();
      setConflictState(asksTheReporter(initial) ? initial : NOT_IN_CONFLICT);
      setSession(next);
      return next;
    },
    [noteSaved],
  );
  /** What the workspace says to screen readers (a quiet reload): its region is always there. */
  const [workspaceNotice, setWorkspaceNotice] = useState('');
  useEffect(() => {
    if (workspaceNotice === '') return;
    const timer = setTimeout(() => setWorkspaceNotice(''), 10_000);
    return () => clearTimeout(timer);
  }, [workspaceNotice]);
  /**
   * The field to focus in the view of a session as it opens: the headline of
   * an article just made, the field focused before a quiet reload.
   */
  const focusOnOpen = useRef<{ sessionKey: string; focus: FieldFocus } | null>(null);

  /** Set once useExternalChanges runs below: a refused flush asks the "gone" question again. */
  const askAboutGoneArticle = useRef<() => void>(() => {});
  /**
   * Saves the open article; false (and the error shown by its status) when
   * that failed. Photos still importing are waited for and saved too
   * (save-with-imports.ts).
   */
  const flushCurrent = useCallback(
    async (importWaitMs: number = IMPORT_WAIT_LIMIT_MS): Promise<boolean> => {
      const current = sessionRef.current;
      if (!current) return true;
      const saved = await saveWithImports(current.queue, importWaitMs);
      // Leaving an article whose folder is gone, after "Keep editing": the
      // question comes back rather than the click doing nothing.
      if (!saved) askAboutGoneArticle.current();
      return saved;
    },
    [],
  );
  /**
   * On quit, a window closing or a page going away: main gives the answer
   * 4 s (renderer-flush.ts) and a closing tab none, so photos still importing
   * get a short wait only, after the save of what is typed.
   */
  const flushBeforeLeaving = useCallback(
    () => flushCurrent(LEAVING_IMPORT_WAIT_MS),
    [flushCurrent],
  );

  /**
   * Runs `task` after the work already asked for, so two never interleave. A
   * request made while another runs waits its turn instead of being dropped:
   * a "New article" clicked while the last article was still opening used to
   * do nothing, and the reporter typed the new story into the old one.
   */
  const runExclusive = useCallback((task: () => Promise<void>): Promise<void> => {
    const run = pendingWork.current.then(task);
    pendingWork.current = run.catch(() => undefined);
    return run;
  }, []);

  /**
   * For requests that show another article: when several are waiting, only
   * the last one asked for happens (a click on B, then on C, opens C once).
   */
  const navigate = useCallback(
    (task: () => Promise<void>): Promise<void> => {
      const request = ++navigation.current.latest;
      return runExclusive(async () => {
        if (request === navigation.current.latest) await task();
      });
    },
    [runExclusive],
  );

  const select = useCallback(
    (id: string) =>
      navigate(async () => {
        if (sessionRef.current?.draft.id === id) return;
        if (!(await flushCurrent())) return;
        const result = await loadArticle(id);
        if (!result.ok) {
          showError(failureMessage('library.openFailed', result.error));
          // Gone from disk (deleted or trashed elsewhere): the list drops its row.
          if (result.error.code === 'not-found') void recheck();
          return;
        }
        // Edits typed while the other article loaded are saved before the swap.
        if (!(await flushCurrent())) return;
        open(result.value);
        // Another program may have changed it since it was listed: its row shows what opened.
        noteSaved(result.value.article);
      }),
    [flushCurrent, navigate, noteSaved, open, recheck, showError],
  );

  const create = useCallback(() => {
    // A second press while one is on its way (a double click, Ctrl+N twice) makes no second article.
    if (navigation.current.creating) return Promise.resolve();
    navigation.current.creating = true;
    return navigate(async () => {
      if (!(await flushCurrent())) return;
      const result = await getBridge().invoke('article:create', {});
      if (!result.ok) {
        showError(failureMessage('library.createFailed', result.error));
        return;
      }
      if (!(await flushCurrent())) return;
      noteCreated(result.value.article);
      setView('library');
      focusOnOpen.current = { sessionKey: open(result.value).key, focus: { field: 'headline' } };
    }).finally(() => {
      navigation.current.creating = false;
    });
  }, [flushCurrent, navigate, noteCreated, open, showError]);

  const trash = useCallback(
    (article: ArticleSummary) =>
      runExclusive(async () => {
        const isOpen = sessionRef.current?.draft.id === article.id;
        // The trash keeps the latest text: save first, but trash anyway on failure.
        if (isOpen) await flushCurrent();
        const result = await getBridge().invoke('article:trash', { id: article.id });
        if (!result.ok) {
          showError(failureMessage('library.trashFailed', result.error));
          // Gone from disk (trashed or deleted elsewhere, a sync tool): the list
          // drops its row, as when opening it fails, or every try says this again.
          if (result.error.code === 'not-found') void recheck();
          return;
        }
        if (isOpen && sessionRef.current) {
          sessionRef.current.queue.dispose();
          sessionRef.current = null;
          setSession(null);
        }
        noteTrashed(article.id);
      }),
    [flushCurrent, noteTrashed, recheck, runExclusive, showError],
  );

  const reload = useCallback(
    ({ discardEdits = false }: { discardEdits?: boolean } = {}) => {
      // For the article open now: after a switch that ran first, there is nothing to reload.
      const id = sessionRef.current?.draft.id;
      let reloaded = false;
      return runExclusive(async () => {
        // A photo still importing lands first: it is then an unsaved edit,
        // which stops a quiet reload (its figure went into a closed editor).
        if (!discardEdits) await importsSettled();
        const current = sessionRef.current;
        if (!current || current.draft.id !== id) return;
        const result = await getBridge().invoke('article:load', { id: current.draft.id });
        if (!result.ok) {
          showError(failureMessage('library.openFailed', result.error));
          return;
        }
        if (sessionRef.current !== current) return;
        // Typed while the quiet reload waited its turn or loaded: keep the words;
        // the change on disk is offered as a choice at the next check
        // (useExternalChanges). "Load theirs" drops them on purpose.
        if (!discardEdits && current.queue.hasUnsavedEdits()) return;
        current.queue.dispose();
        // The user chose to drop their edits: the journal entry holding them goes too.
        if (discardEdits) await getBridge().invoke('journal:discard', { id: current.draft.id });
        // The view is made anew: the reporter's focus goes to the same field in it.
        const focus = focusedArticleField();
        const next = open(result.value);
        if (focus) focusOnOpen.current = { sessionKey: next.key, focus };
        noteSaved(result.value.article);
        if (!discardEdits) setWorkspaceNotice(t('external.reloaded'));
        reloaded = true;
      }).then(() => reloaded);
    },
    [noteSaved, open, runExclusive, showError, t],
  );

  const external = useExternalChanges(session, conflictState, {
    reload,
    openLoaded: (loaded) => open(loaded),
    refreshList: refresh,
    showError,
  });
  useEffect(() => {
    askAboutGoneArticle.current = external.askAgain;
  }, [external.askAgain]);
  /** The article whose version history is shown: the open one, or a damaged one from the list. */
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  /** The open article's "Version history" button: a restore makes the article view, and it, anew. */
  const historyButtonRef = useRef<HTMLButtonElement>(null);
  const returnFocusToHistoryButton = useCallback(() => historyButtonRef.current, []);
  const syncCopies = useSyncCopies(session?.draft.id ?? null, showError);

  /** A version restored from the journal or the history replaces the editor's session. */
  const openRestored = useCallback(
    (loaded: LoadedArticle) => {
      sessionRef.current?.queue.dispose();
      open(loaded);
      void refresh();
    },
    [open, refresh],
  );

  const restored = useCallback(() => {
    void refresh();
  }, [refresh]);

  const changeLanguage = useCallback(
    async (language: LanguageChoice) => {
      const result = await getBridge().invoke('settings:update', { language });
      if (result.ok) onInfo(result.value);
      else showError(failureMessage('settings.failed', result.error));
    },
    [onInfo, showError],
  );

  const changeHouseStyle = useCallback(
    async (houseStyle: Partial<HouseStyle>) => {
      const result = await getBridge().invoke('settings:update', { houseStyle });
      if (result.ok) onInfo(result.value);
      else showError(failureMessage('settings.failed', result.error));
    },
    [onInfo, showError],
  );

  // Ctrl/Cmd+S saves at once, from any field.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isComposingKey(event) || !isPrimaryShortcut(event, 's')) return;
      event.preventDefault();
      void flushCurrent();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [flushCurrent]);

  /** Prints the article as exported, so it is saved first. */
  const printOpen = async (mode: 'print' | 'pdf') => {
    const id = sessionRef.current?.draft.id;
    if (!id || !(await flushCurrent())) return;
    const result = await printArticle(id, mode);
    if (result && !result.ok) showError(failureMessage('print.failed', result.error));
  };

  useFlushOnLeave(flushBeforeLeaving);
  useFlushOnQuit(flushBeforeLeaving);
  // Reopening the last article is the app's idea, not the user's: it never
  // overrides an article the user asked to open or create meanwhile.
  const reopenLast = useCallback(
    (id: string) => {
      if (navigation.current.latest === 0) void select(id);
    },
    [select],
  );
  // Only a checked list: one from the index may still hold an article deleted while Newsdesk was closed.
  useLastArticle(
    info.lastArticleId,
    listing.checked ? listing.articles : NOTHING_LISTED,
    session?.draft.id ?? null,
    reopenLast,
  );
  useArticleShown(session !== null);
  useMenuCommands({
    'new-article': () => void create(),
    'save-now': () => void flushCurrent(),
    'show-shortcuts': () => setShortcutsOpen(true),
    print: () => void printOpen('print'),
    'save-pdf': () => void printOpen('pdf'),
  });

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
        <button type="button" className="button button-quiet" onClick={() => setSettingsOpen(true)}>
          {t('settings.open')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => setShortcutsOpen(true)}
        >
          {desktopMessage(info.language, 'shortcuts.open')}
        </button>
      </header>
      <ErrorBanners
        errors={errors}
        onDismiss={(key) => setErrors((previous) => previous.filter((shown) => shown.key !== key))}
      />
      <SyncCopiesNotice
        found={syncCopies.found}
        onShowHistory={() => {
          if (syncCopies.found) setHistoryOf(syncCopies.found.articleId);
          syncCopies.dismiss();
        }}
        onDismiss={syncCopies.dismiss}
        returnFocusTo={returnFocusToHistoryButton}
      />
      <div className="app-body">
        {view === 'library' ? (
          <LibrarySidebar
            articles={libraryArticles.library.kind === 'loaded' ? listing.articles : null}
            damaged={listing.damaged}
            selectedId={session?.draft.id ?? null}
            onSelect={(id) => void select(id)}
            onPress={startEarlyLoad}
            onNew={() => void create()}
            onTrash={setConfirmTrash}
            onShowHistory={setHistoryOf}
            onShowTrash={() => {
              setBackFromTrash(false);
              setView('trash');
            }}
            focusTrashButton={backFromTrash}
          />
        ) : (
          <TrashView
            onRestored={restored}
            onBack={() => {
              setBackFromTrash(true);
              setView('library');
            }}
          />
        )}
        <LibraryArticlesProvider value={libraryArticles}>
          <main className="workspace">
            <p className="visually-hidden" aria-live="polite">
              {workspaceNotice}
            </p>
            {session ? (
              <ArticleEditorView
                key={session.key}
                session={session}
                focusOnOpen={
                  focusOnOpen.current?.sessionKey === session.key ? focusOnOpen.current.focus : null
                }
                barExtras={
                  <button
                    type="button"
                    className="button button-quiet"
                    ref={historyButtonRef}
                    onClick={() => setHistoryOf(session.draft.id)}
                  >
                    {t('history.open')}
                  </button>
                }
              />
            ) : (
              <p className="workspace-empty">{t('app.noArticle')}</p>
            )}
          </main>
        </LibraryArticlesProvider>
      </div>
      {confirmTrash && (
        <ConfirmDialog
          title={t('confirmTrash.title')}
          body={t('confirmTrash.body', {
            headline: confirmTrash.headline.trim() || t('library.untitled'),
          })}
          confirmLabel={t('confirmTrash.confirm')}
          cancelLabel={t('confirmTrash.cancel')}
          onConfirm={() => {
            const article = confirmTrash;
            setConfirmTrash(null);
            void trash(article);
          }}
          onCancel={() => setConfirmTrash(null)}
        />
      )}
      {shortcutsOpen && (
        <ShortcutsDialog host={info.host} onClose={() => setShortcutsOpen(false)} />
      )}
      <RecoveryGate onRestored={openRestored} showError={showError} />
      {external.prompt && session && (
        <ExternalChangeDialog
          articleId={session.draft.id}
          gone={external.gone}
          mine={() => session.draft.snapshot()}
          onKeepMine={() => void external.keepMine()}
          onLoadTheirs={() => void external.loadTheirs()}
          onKeepBoth={() => void external.keepBoth()}
          onKeepEditing={external.keepEditing}
        />
      )}
      {historyOf !== null && (
        <HistoryPanel
          articleId={historyOf}
          // The article open now is saved first, whichever article is restored:
          // a restore opens the restored article in its place.
          beforeRestore={flushCurrent}
          onRestored={openRestored}
          returnFocusTo={returnFocusToHistoryButton}
          listAgain={syncCopies.takenTotal}
          onClose={() => setHistoryOf(null)}
        />
      )}
      {settingsOpen && (
        <SettingsDialog
          languageChoice={info.languageChoice}
          onLanguageChange={(choice) => void changeLanguage(choice)}
          houseStyle={info.houseStyle}
          onHouseStyleChange={(next) => void changeHouseStyle(next)}
          onClose={() => setSettingsOpen(false)}
        />
      )}
    </div>
  );
}

/**
 * The library's listing as the window holds it: listed at start (from main's
 * summary index at once, then checked against the disk), listed again on
 * request (after a restore), checked against the disk again when the window
 * comes back to the front (articles added, changed or deleted by another
 * program or a sync tool meanwhile), and kept current by the window's own
 * saves, creations and trashings without asking main again.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { summarize, type Article, type ArticleSummary } from '../../../shared/article/schema';
import type { LibraryListing } from '../../../shared/ipc/channels';
import { ok, type Result } from '../../../shared/ipc/result';
import { getBridge } from '../bridge';
import type { LibraryArticles, LibraryArticlesValue } from '../editor/related/useLibraryArticles';
import { failureMessage, type ErrorMessage } from '../i18n/error-text';

const EMPTY_LISTING: LibraryListing = { articles: [], damaged: [], version: '', checked: false };
/** The library shows edit times to the minute (useNow ticks every minute). */
const LISTED_TIME_STEP_MS = 60_000;
/**
 * The least time between two checks on coming back to the front: at 10,000
 * articles a check is ≈ 50 ms of main's time (a stat per article), and a
 * reporter moving between windows should not pay it at every switch.
 */
export const RECHECK_ON_FOCUS_MIN_MS = 10_000;

/** A change the window made to its listing itself, as an update of the listing. */
type LocalChange = (listing: LibraryListing) => LibraryListing;

/** Whether a save changes what the library row shows. */
function listedChange(listed: ArticleSummary, saved: ArticleSummary): boolean {
  return (
    listed.headline !== saved.headline ||
    listed.sapo !== saved.sapo ||
    listed.status !== saved.status ||
    listed.slug !== saved.slug ||
    listed.publishedUrl !== saved.publishedUrl ||
    !(Date.parse(saved.updatedAt) - Date.parse(listed.updatedAt) < LISTED_TIME_STEP_MS)
  );
}

export interface LibraryListingState {
  listing: LibraryListing;
  /** The same listing for the related-news views (useLibraryArticles.ts): no fetch of their own. */
  libraryArticles: LibraryArticlesValue;
  /** Lists the library again, checked against the disk. */
  refresh: () => Promise<void>;
  /**
   * Checks the listing against the disk, quietly: the list changes only when
   * the disk does, and a failed check says nothing (the list stays as it is).
   */
  recheck: () => Promise<void>;
  /**
   * Updates the article's row after a save, only when the row would show
   * something else (a listed field, or an edit time a minute newer): the same
   * listing lets React skip the render, which for an autosave that changed
   * only the body is every time.
   */
  noteSaved: (article: Article) => void;
  noteCreated: (article: Article) => void;
  noteTrashed: (id: string) => void;
}

/** The banner topic (ErrorBanners.tsx) of a library that could not be listed. */
const LISTING_FAILED = 'library-listing-failed';

/**
 * `showError` puts up a banner about a topic, `withdrawErrors` takes the
 * topic's banners down: a listing that succeeds withdraws the banner of the
 * one that failed ("Reconnect its drive" stayed up once the drive was back).
 */
export function useLibraryListing(
  showError: (message: ErrorMessage, topic?: string) => void,
  withdrawErrors: (topic: string) => void,
): LibraryListingState {
  const [listing, setListing] = useState<LibraryListing>(EMPTY_LISTING);
  /** Whether `listing` holds the library yet, or why it could not be listed. */
  const [listed, setListed] = useState<LibraryArticles['kind'] | { failed: string }>('loading');
  /** Counts listing requests: an answer is shown only if no later request was made. */
  const listRequests = useRef(0);
  /**
   * The window's own changes (a save, a new article, a trashing) while the
   * latest listing request is unanswered, null when none is: the answer may
   * predate them (main reads the folder once, early), so they are made again
   * on top of it, or a new article would drop out of the list.
   */
  const changesSinceRequest = useRef<LocalChange[] | null>(null);

  const request = useCallback(() => {
    changesSinceRequest.current = [];
    return ++listRequests.current;
  }, []);

  const change = useCallback((update: LocalChange) => {
    changesSinceRequest.current?.push(update);
    setListing(update);
  }, []);

  const showListed = useCallback(
    (result: Result<LibraryListing>, request: number) => {
      if (request !== listRequests.current) return;
      const changes = changesSinceRequest.current ?? [];
      changesSinceRequest.current = null;
      if (result.ok) {
        setListing(changes.reduce((listing, update) => update(listing), result.value));
        setListed('loaded');
        withdrawErrors(LISTING_FAILED);
      } else {
        setListed((previous) =>
          previous === 'loaded' ? previous : { failed: result.error.message },
        );
        showError(failureMessage('library.loadFailed', result.error), LISTING_FAILED);
      }
    },
    [showError, withdrawErrors],
  );

  const refresh = useCallback(async () => {
    const sent = request();
    showListed(await getBridge().invoke('library:list', {}), sent);
  }, [request, showListed]);

  /**
   * At start, the list main's summary index holds is shown at once, and then
   * checked against the disk: at 10,000 articles the check (a stat of each
   * article.json) would otherwise be a third of the wait for the list.
   */
  /**
   * Checks the listing of `version` against the disk (`library:check`): a
   * changed library is shown; 'same' when the disk agreed, 'failed' when the
   * check did, 'superseded' when a later request was made meanwhile.
   */
  const checkAgainstDisk = useCallback(
    async (version: string): Promise<'changed' | 'same' | 'failed' | 'superseded'> => {
      const sent = request();
      const checked = await getBridge().invoke('library:check', { version });
      if (sent !== listRequests.current) return 'superseded';
      if (checked.ok && checked.value.listing) {
        showListed(ok(checked.value.listing), sent);
        return 'changed';
      }
      changesSinceRequest.current = null;
      return checked.ok ? 'same' : 'failed';
    },
    [request, showListed],
  );

  const listAtStart = useCallback(async () => {
    const first = request();
    const quick = await getBridge().invoke('library:list', { fromIndex: true });
    showListed(quick, first);
    if (!quick.ok || quick.value.checked || first !== listRequests.current) return;
    const { version } = quick.value;
    const checked = await checkAgainstDisk(version);
    // A failed check leaves the list unchecked: one full listing instead.
    if (checked === 'failed') return void refresh();
    // The disk agreed: what is shown (changes since included) is now checked.
    if (checked === 'same')
      setListing((shown) => (shown.version === version ? { ...shown, checked: true } : shown));
  }, [checkAgainstDisk, refresh, request, showListed]);

  useEffect(() => {
    void listAtStart();
    // Only on start: later changes update the list in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const shown = useRef(listing);
  const listedNow = useRef(listed);
  useEffect(() => {
    shown.current = listing;
    listedNow.current = listed;
  });
  const recheck = useCallback(async () => {
    // The library could not be listed at all (its drive unplugged at start,
    // as the banner says): listed again, or the list stayed empty after the
    // drive was back, until a restart. Quietly: the banner already said why.
    if (typeof listedNow.current === 'object' && changesSinceRequest.current === null) {
      const sent = request();
      const result = await getBridge().invoke('library:list', {});
      if (result.ok) showListed(result, sent);
      else if (sent === listRequests.current) changesSinceRequest.current = null;
      return;
    }
    // Before the start's listing is in, that listing is the check.
    if (!shown.current.checked || changesSinceRequest.current !== null) return;
    // Quietly: a failed check leaves the list as it is.
    await checkAgainstDisk(shown.current.version);
  }, [checkAgainstDisk, request, showListed]);

  const lastFocusCheck = useRef(0);
  useEffect(() => {
    const onFocus = () => {
      const now = Date.now();
      if (now - lastFocusCheck.current < RECHECK_ON_FOCUS_MIN_MS) return;
      lastFocusCheck.current = now;
      void recheck();
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [recheck]);

  const libraryArticles = useMemo((): LibraryArticlesValue => {
    const library: LibraryArticles =
      listed === 'loaded'
        ? { kind: 'loaded', articles: listing.articles }
        : typeof listed === 'object'
          ? { kind: 'failed', message: listed.failed }
          : { kind: 'loading' };
    return { library, refresh: () => void refresh() };
  }, [listed, listing.articles, refresh]);

  // Each update is the same whether or not the listing already has it: it may
  // be made again on an answer that does.
  const noteSaved = useCallback(
    (article: Article) => {
      // Only the summary is kept for a replay, not the article and its body.
      const summary = summarize(article);
      change((previous) => {
        const row = previous.articles.find((other) => other.id === summary.id);
        if (!row || !listedChange(row, summary)) return previous;
        return {
          ...previous,
          articles: previous.articles.map((other) => (other.id === summary.id ? summary : other)),
        };
      });
    },
    [change],
  );

  const noteCreated = useCallback(
    (article: Article) => {
      const summary = summarize(article);
      change((previous) =>
        previous.articles.some((other) => other.id === summary.id)
          ? previous
          : { ...previous, articles: [summary, ...previous.articles] },
      );
    },
    [change],
  );

  const noteTrashed = useCallback(
    (id: string) => {
      change((previous) =>
        previous.articles.some((other) => other.id === id)
          ? { ...previous, articles: previous.articles.filter((other) => other.id !== id) }
          : previous,
      );
    },
    [change],
  );

  return { listing, libraryArticles, refresh, recheck, noteSaved, noteCreated, noteTrashed };
}

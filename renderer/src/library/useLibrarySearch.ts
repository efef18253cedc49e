/**
 * The articles to list for a query: all of them newest first when it is empty,
 * else the matches best first. The search index follows the list in idle time
 * (search-index-sync.ts), so a long library shows before it is indexed, and a
 * search typed before that is done shows the matches found so far. One
 * index serves the window: the sidebar and the related-news picker search the
 * same list (App's listing), and the picker no longer builds its own when it
 * opens (≈ 290 ms at 10,000 articles).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article/schema';
import { whenIdle, type CancelIdle } from '../app/idle';
import { SearchIndexSync } from './search-index-sync';

/** Index work per idle period: short enough not to be felt by a keystroke. */
const INDEX_STEP_MS = 8;
/** Index work a search may do before it answers from what is indexed so far. */
const SEARCH_STEP_MS = 4;

const windowIndex = new SearchIndexSync();

const NO_ARTICLES: ArticleSummary[] = [];

export interface LibrarySearchResult {
  articles: ArticleSummary[];
  /** False while the index is still being built: more matches may come (the view says so). */
  complete: boolean;
}

/** `articles` null: not loaded yet, nothing to list (the shared index is left as it is). */
export function useLibrarySearch(
  articles: ArticleSummary[] | null,
  query: string,
): LibrarySearchResult {
  // Only notes the list: the work happens below, or in the searches.
  if (articles) windowIndex.follow(articles);
  /** The list the index was last found complete for: a new value re-runs the search. */
  const [indexedList, setIndexedList] = useState<ArticleSummary[] | null>(null);
  /** Whether the result shown came from a partial index (read by the idle work). */
  const shownPartial = useRef(false);

  useEffect(() => {
    if (!articles) return;
    let cancel: CancelIdle | null = null;
    const work = () => {
      if (windowIndex.step(INDEX_STEP_MS)) {
        cancel = null;
        // Searched again only when what is shown was partial.
        if (shownPartial.current) setIndexedList(articles);
      } else {
        cancel = whenIdle(work);
      }
    };
    cancel = whenIdle(work);
    return () => cancel?.();
  }, [articles]);

  const result = useMemo((): LibrarySearchResult => {
    if (!articles) return { articles: NO_ARTICLES, complete: true };
    if (query.trim() === '') return { articles: windowIndex.newestFirst(), complete: true };
    const found = windowIndex.find(query, SEARCH_STEP_MS);
    return { articles: found, complete: windowIndex.complete };
    // indexedList: once the idle work completes the index, the search runs again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articles, query, indexedList]);
  useEffect(() => {
    shownPartial.current = !result.complete;
  });
  return result;
}

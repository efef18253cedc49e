/**
 * The articles to list for a query: all of them newest first when it is empty,
 * else the matches best first. The search index follows the list in idle time
 * (search-index-sync.ts), so a long library shows before it is indexed. One
 * index serves the window: the sidebar and the related-news picker search the
 * same list (App's listing), and the picker no longer builds its own when it
 * opens (≈ 290 ms at 10,000 articles).
 */
import { useEffect, useMemo } from 'react';
import type { ArticleSummary } from '../../../shared/article/schema';
import { whenIdle, type CancelIdle } from '../app/idle';
import { SearchIndexSync } from './search-index-sync';

/** Index work per idle period: short enough not to be felt by a keystroke. */
const INDEX_STEP_MS = 8;

const windowIndex = new SearchIndexSync();

const NO_ARTICLES: ArticleSummary[] = [];

/** `articles` null: not loaded yet, nothing to list (the shared index is left as it is). */
export function useLibrarySearch(
  articles: ArticleSummary[] | null,
  query: string,
): ArticleSummary[] {
  // Only notes the list: the work happens below, or in the first search.
  if (articles) windowIndex.follow(articles);

  useEffect(() => {
    if (!articles) return;
    let cancel: CancelIdle | null = null;
    const work = () => {
      cancel = windowIndex.step(INDEX_STEP_MS) ? null : whenIdle(work);
    };
    cancel = whenIdle(work);
    return () => cancel?.();
  }, [articles]);

  return useMemo(
    () =>
      !articles
        ? NO_ARTICLES
        : query.trim() === ''
          ? windowIndex.newestFirst()
          : windowIndex.find(query),
    [articles, query],
  );
}

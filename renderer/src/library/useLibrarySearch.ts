/**
 * The articles to list for a query: all of them newest first when it is empty,
 * else the matches best first. The search index follows the list in idle time
 * (search-index-sync.ts), so a long library shows before it is indexed.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { ArticleSummary } from '../../../shared/article/schema';
import { newestFirst } from '../../../shared/search/library-search';
import { whenIdle, type CancelIdle } from '../app/idle';
import { SearchIndexSync } from './search-index-sync';

/** Index work per idle period: short enough not to be felt by a keystroke. */
const INDEX_STEP_MS = 8;

export function useLibrarySearch(articles: ArticleSummary[], query: string): ArticleSummary[] {
  const sync = useRef<SearchIndexSync | null>(null);
  sync.current ??= new SearchIndexSync();
  const index = sync.current;
  // Only notes the list: the work happens below, or in the first search.
  index.follow(articles);

  useEffect(() => {
    let cancel: CancelIdle | null = null;
    const work = () => {
      cancel = index.step(INDEX_STEP_MS) ? null : whenIdle(work);
    };
    cancel = whenIdle(work);
    return () => cancel?.();
  }, [index, articles]);

  const newest = useMemo(() => newestFirst(articles), [articles]);
  return useMemo(() => (query.trim() === '' ? newest : index.find(query)), [index, newest, query]);
}

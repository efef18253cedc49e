/**
 * Keeps a LibrarySearch index in step with the article list, updating only the
 * articles whose summary object changed (a save replaces one), and returns the
 * matching articles, newest first for an empty query.
 */
import { useMemo, useRef } from 'react';
import type { ArticleSummary } from '../../../shared/article/schema';
import { LibrarySearch } from '../../../shared/search/library-search';

export function useLibrarySearch(articles: ArticleSummary[], query: string): ArticleSummary[] {
  const state = useRef<{ search: LibrarySearch; indexed: Map<string, ArticleSummary> } | null>(
    null,
  );

  const byId = useMemo(() => {
    state.current ??= { search: new LibrarySearch(), indexed: new Map() };
    const { search, indexed } = state.current;
    const current = new Map<string, ArticleSummary>();
    for (const article of articles) {
      current.set(article.id, article);
      if (indexed.get(article.id) !== article) search.replace(article);
    }
    for (const id of indexed.keys()) if (!current.has(id)) search.remove(id);
    state.current.indexed = current;
    return current;
  }, [articles]);

  return useMemo(() => {
    const search = state.current?.search;
    if (!search) return [];
    return search
      .search(query, Infinity)
      .map((hit) => byId.get(hit.id))
      .filter((article): article is ArticleSummary => article !== undefined);
  }, [byId, query]);
}

/**
 * The library's article list for picking related articles and naming the
 * articles they link to. It is the listing the workspace already holds for the
 * sidebar, passed down by context: each related-news view used to fetch
 * `library:list` again when an article opened, which with 10,000 articles is a
 * response of several MB parsed right after the open. `refresh()` lists the
 * library again (the picker does so when it opens, to see articles saved
 * since), which updates the sidebar too.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { ArticleSummary } from '../../../../shared/article/schema';

export type LibraryArticles =
  | { kind: 'loading' }
  | { kind: 'loaded'; articles: ArticleSummary[] }
  | { kind: 'failed'; message: string };

export interface LibraryArticlesValue {
  library: LibraryArticles;
  refresh: () => void;
}

const OUTSIDE_THE_APP: LibraryArticlesValue = {
  library: { kind: 'loading' },
  refresh: () => undefined,
};

const LibraryArticlesContext = createContext<LibraryArticlesValue>(OUTSIDE_THE_APP);

/** `value` must keep its identity while the listing is unchanged (every view re-renders on a new one). */
export function LibraryArticlesProvider({
  value,
  children,
}: {
  value: LibraryArticlesValue;
  children: ReactNode;
}) {
  return createElement(LibraryArticlesContext.Provider, { value }, children);
}

export function useLibraryArticles(): LibraryArticlesValue {
  return useContext(LibraryArticlesContext);
}

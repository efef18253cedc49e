/**
 * The library's article list for picking related articles, fetched from the
 * host (`library:list`) when asked for and kept for every block of the window,
 * so a block does not fetch on each render. `refresh()` fetches it again (the
 * picker does so when it opens, to see articles saved since).
 */
import { useCallback, useEffect, useState } from 'react';
import type { ArticleSummary } from '../../../../shared/article/schema';
import { getBridge } from '../../bridge';

export type LibraryArticles =
  | { kind: 'loading' }
  | { kind: 'loaded'; articles: ArticleSummary[] }
  | { kind: 'failed'; message: string };

let cached: LibraryArticles = { kind: 'loading' };
let inFlight: Promise<void> | null = null;
const listeners = new Set<(value: LibraryArticles) => void>();

function load(): Promise<void> {
  inFlight ??= getBridge()
    .invoke('library:list', {})
    .then(
      (result) => {
        cached = result.ok
          ? { kind: 'loaded', articles: result.value.articles }
          : { kind: 'failed', message: result.error.message };
      },
      (error: unknown) => {
        cached = {
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        };
      },
    )
    .finally(() => {
      inFlight = null;
      for (const listener of listeners) listener(cached);
    });
  return inFlight;
}

export function useLibraryArticles(): { library: LibraryArticles; refresh: () => void } {
  const [library, setLibrary] = useState<LibraryArticles>(cached);
  useEffect(() => {
    listeners.add(setLibrary);
    if (cached.kind !== 'loaded') void load();
    return () => {
      listeners.delete(setLibrary);
    };
  }, []);
  const refresh = useCallback(() => void load(), []);
  return { library, refresh };
}

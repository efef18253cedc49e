/**
 * Where the keyboard focus goes when "Move to trash" takes away the row it was
 * on: to the next article's entry (the one before, at the end of the list), or
 * to "New article" when no article is left. Without this the focus fell to the
 * page once the row was gone, and a keyboard user was sent back to the start of
 * the Tab order after every article they trashed.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ArticleSummary } from '../../../shared/article/schema';

/** Returns the function a row's trash button calls before asking to trash `id`. */
export function useFocusAfterTrash(
  listRef: RefObject<HTMLElement | null>,
  rows: readonly ArticleSummary[],
  fallbackRef: RefObject<HTMLElement | null>,
): (id: string) => void {
  /** The row asked about, and its neighbour, noted while both are listed. */
  const pending = useRef<{ id: string; next: string | null } | null>(null);
  const rowsRef = useRef(rows);
  useEffect(() => {
    rowsRef.current = rows;
  });

  useLayoutEffect(() => {
    const wanted = pending.current;
    if (!wanted || rows.some((row) => row.id === wanted.id)) return;
    pending.current = null;
    // The reporter may have moved on while the trash was written: never take
    // the focus from where they put it.
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    const entry =
      wanted.next === null
        ? null
        : listRef.current?.querySelector<HTMLElement>(
            `[data-article-id="${CSS.escape(wanted.next)}"] .article-open`,
          );
    (entry ?? fallbackRef.current)?.focus();
  }, [rows, listRef, fallbackRef]);

  return useCallback((id: string) => {
    const listed = rowsRef.current;
    const index = listed.findIndex((row) => row.id === id);
    if (index < 0) return;
    pending.current = { id, next: (listed[index + 1] ?? listed[index - 1])?.id ?? null };
  }, []);
}

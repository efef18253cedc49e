/**
 * How many rows of a long list to render: the first ROWS_PER_STEP (about four
 * screens of the library's rows), then a step more whenever the end of what is
 * rendered comes near the list's visible box (scrolling) or its "show more"
 * button is pressed (keyboard). Rendering every row of a 10,000-article
 * library took seconds at start, and a search keystroke that brought in
 * thousands of rows took hundreds of milliseconds; a person reads the first
 * screens and narrows the search instead. A new query starts again from the
 * first step.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';

export const ROWS_PER_STEP = 50;

export function useRowsInView(
  listRef: RefObject<HTMLElement | null>,
  query: string,
): { limit: number; moreRef: (element: HTMLElement | null) => void; showMore: () => void } {
  const [rendered, setRendered] = useState({ query, limit: ROWS_PER_STEP });
  // A new query starts again from the first step, and so does going back to
  // an earlier one (React's pattern for state that follows a prop).
  if (rendered.query !== query) setRendered({ query, limit: ROWS_PER_STEP });
  const limit = rendered.query === query ? rendered.limit : ROWS_PER_STEP;
  const showMore = useCallback(
    () =>
      setRendered((previous) => ({
        query,
        limit: (previous.query === query ? previous.limit : ROWS_PER_STEP) + ROWS_PER_STEP,
      })),
    [query],
  );

  // The "show more" row, watched while it exists: within a screen of the
  // list's visible box, the next step is rendered.
  const [more, setMore] = useState<HTMLElement | null>(null);
  const moreRef = useCallback((element: HTMLElement | null) => setMore(element), []);
  // Observed again after every step and for every query: a button still
  // near the viewport then reports again (an observer reports changes only).
  useEffect(() => {
    if (!more || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        // Tabbing to the button scrolls it near: the keyboard user's Enter is
        // the step then, not the focus (which made the Enter a second step).
        if (more.contains(document.activeElement)) return;
        if (entries.some((entry) => entry.isIntersecting)) showMore();
      },
      { root: listRef.current, rootMargin: '0px 0px 100% 0px' },
    );
    observer.observe(more);
    return () => observer.disconnect();
  }, [more, listRef, limit, showMore]);

  return { limit, moreRef, showMore };
}

/**
 * Reopening the last open article at start (issue #10): main remembers the id
 * (settings `lastArticleId`, through `app:last-article`) whenever an article
 * opens, and `app:info` hands it back. It is reopened once the library list
 * shows it, unless the user opened something first; an article since trashed or
 * deleted is simply not reopened.
 */
import { useEffect, useRef } from 'react';
import type { ArticleSummary } from '../../../shared/article/schema';
import { getBridge } from '../bridge';

export function useLastArticle(
  lastArticleId: string | undefined,
  listed: readonly ArticleSummary[],
  openId: string | null,
  select: (id: string) => void,
): void {
  const settled = useRef(false);

  useEffect(() => {
    if (settled.current) return;
    if (openId !== null || !lastArticleId) {
      settled.current = true;
      return;
    }
    if (!listed.some((article) => article.id === lastArticleId)) return;
    settled.current = true;
    select(lastArticleId);
  }, [lastArticleId, listed, openId, select]);

  useEffect(() => {
    if (openId !== null) void getBridge().invoke('app:last-article', { id: openId });
  }, [openId]);
}

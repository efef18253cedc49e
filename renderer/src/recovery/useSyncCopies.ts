/**
 * Looks for versions of the open article that a sync tool kept beside its
 * file (electron/services/sync-copies.ts) and has main take them into the
 * version history: once the article is open and the page is idle (never on
 * the opening's path), and again whenever the window comes back to the front,
 * which is when a reporter returns from the sync tool's own notice.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { getBridge } from '../bridge';
import { whenIdle } from '../app/idle';
import { failureMessage, type ErrorMessage } from '../i18n/error-text';

export interface SyncCopiesFound {
  articleId: string;
  /** How many versions were taken into the history since the notice was last dismissed. */
  count: number;
}

export interface SyncCopies {
  /** What to tell about the open article; null when there is nothing (or it was dismissed). */
  found: SyncCopiesFound | null;
  dismiss: () => void;
  /** Counts every look that took something in: an open version history lists again on a change. */
  takenTotal: number;
}

export function useSyncCopies(
  articleId: string | null,
  showError: (message: ErrorMessage) => void,
): SyncCopies {
  const [found, setFound] = useState<SyncCopiesFound | null>(null);
  const [takenTotal, setTakenTotal] = useState(0);
  /** Per article: a look running, and whether another was asked for meanwhile. */
  const looks = useRef(new Map<string, { again: boolean }>());
  /** Copies already reported as left behind: told once, not at every focus. */
  const reported = useRef(new Set<string>());
  const showErrorRef = useRef(showError);
  useEffect(() => {
    showErrorRef.current = showError;
  });

  const look = useCallback(async (id: string): Promise<void> => {
    const running = looks.current.get(id);
    if (running) {
      running.again = true;
      return;
    }
    const state = { again: false };
    looks.current.set(id, state);
    try {
      const result = await getBridge().invoke('history:take-sync-copies', { id });
      const showError = showErrorRef.current;
      if (!result.ok) {
        const key = `${id}:${result.error.code}`;
        if (!reported.current.has(key)) {
          reported.current.add(key);
          showError(failureMessage('syncCopies.failed', result.error));
        }
        return;
      }
      const { taken, left } = result.value;
      const newlyLeft = left.filter((copy) => !reported.current.has(`${id}:${copy.fileName}`));
      for (const copy of newlyLeft) reported.current.add(`${id}:${copy.fileName}`);
      if (newlyLeft.length > 0) {
        const detail = newlyLeft.map((copy) => `${copy.fileName}: ${copy.message}`).join('; ');
        showError((say) => say('syncCopies.failed', { detail }));
      }
      if (taken.length === 0) return;
      setTakenTotal((total) => total + taken.length);
      setFound((previous) => ({
        articleId: id,
        count: (previous?.articleId === id ? previous.count : 0) + taken.length,
      }));
    } finally {
      looks.current.delete(id);
      if (state.again) void look(id);
    }
  }, []);

  useEffect(() => {
    if (articleId === null) return;
    const cancel = whenIdle(() => void look(articleId));
    const onFocus = () => void look(articleId);
    window.addEventListener('focus', onFocus);
    return () => {
      cancel();
      window.removeEventListener('focus', onFocus);
    };
  }, [articleId, look]);

  const dismiss = useCallback(() => setFound(null), []);
  return {
    found: found !== null && found.articleId === articleId ? found : null,
    dismiss,
    takenTotal,
  };
}

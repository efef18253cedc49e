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
import { errorText } from '../i18n/error-text';
import { useI18n } from '../i18n/I18nProvider';

export interface SyncCopiesFound {
  articleId: string;
  /** How many versions were taken into the history since the notice was last dismissed. */
  count: number;
}

export function useSyncCopies(
  articleId: string | null,
  showError: (message: string) => void,
): { found: SyncCopiesFound | null; dismiss: () => void } {
  const { t } = useI18n();
  const [found, setFound] = useState<SyncCopiesFound | null>(null);
  const looking = useRef(false);
  /** Articles whose copies could not be taken in: told once, not at every focus. */
  const failedFor = useRef(new Set<string>());
  const context = useRef({ t, showError });
  useEffect(() => {
    context.current = { t, showError };
  });

  const look = useCallback(async (id: string) => {
    if (looking.current) return;
    looking.current = true;
    try {
      const result = await getBridge().invoke('history:take-sync-copies', { id });
      if (!result.ok) {
        if (failedFor.current.has(id)) return;
        failedFor.current.add(id);
        const { t, showError } = context.current;
        showError(t('syncCopies.failed', { detail: errorText(t, result.error) }));
        return;
      }
      const taken = result.value.taken.length;
      if (taken === 0) return;
      setFound((previous) => ({
        articleId: id,
        count: (previous?.articleId === id ? previous.count : 0) + taken,
      }));
    } finally {
      looking.current = false;
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
  return { found: found !== null && found.articleId === articleId ? found : null, dismiss };
}

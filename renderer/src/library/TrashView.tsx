/**
 * The trash: articles moved there, newest first, each with a Restore button,
 * and "Restore as a copy" on a row whose id is back in the library (a sync
 * tool brought the other machine's version): restoring in its place is
 * refused there, and without the copy the trashed version could never come back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TrashedArticle } from '../../../shared/ipc/channels';
import { getBridge } from '../bridge';
import { useI18n } from '../i18n/I18nProvider';
import { formatEditedTime } from '../i18n/format-time';
import { SidebarPanel } from './SidebarPanel';
import { useNow } from './useNow';
import { errorText, type ErrorMessage } from '../i18n/error-text';

export function TrashView({
  onRestored,
  onBack,
}: {
  onRestored: (id: string) => void;
  onBack: () => void;
}) {
  const { t, language } = useI18n();
  const [items, setItems] = useState<TrashedArticle[] | null>(null);
  /**
   * Made in whatever language the UI speaks when shown. A sentence made at
   * the time stayed in the old language after a switch; and with `t` among
   * `refresh`'s dependencies, the switch listed the trash again, which took
   * the message away before it could be read in the new one.
   */
  const [error, setError] = useState<ErrorMessage | null>(null);
  /** What a restore did, for screen readers: the row just goes, with nothing said. */
  const [restoredNotice, setRestoredNotice] = useState('');
  const now = useNow();

  const refresh = useCallback(async () => {
    const result = await getBridge().invoke('trash:list', {});
    if (result.ok) {
      setItems([...result.value.items].sort((a, b) => b.trashedAt.localeCompare(a.trashedAt)));
      setError(null);
    } else {
      const failure = result.error;
      setError(
        (): ErrorMessage => (say) => say('trash.loadFailed', { detail: errorText(say, failure) }),
      );
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // The "Trash" button that opened this view is gone with the library view:
  // the focus starts on the way back, not on the page.
  const backRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => backRef.current?.focus(), []);

  /** Rows with a restore on its way: a double click asks once (the second was told "not in the trash"). */
  const restoring = useRef(new Set<string>());
  /** Rows whose id is back in the library: they offer "Restore as a copy". */
  const [idTaken, setIdTaken] = useState<ReadonlySet<string>>(new Set());

  const once = async (item: TrashedArticle, task: () => Promise<void>) => {
    if (restoring.current.has(item.trashId)) return;
    restoring.current.add(item.trashId);
    try {
      await task();
    } finally {
      restoring.current.delete(item.trashId);
    }
  };

  const restore = (item: TrashedArticle) => once(item, () => restoreInPlace(item));

  /**
   * Takes a row away. The focus, when in it, goes first to the next item's
   * Restore (else the previous one's, else Back): with the row's buttons it
   * would fall to the page.
   */
  const dropRow = (item: TrashedArticle) => {
    const buttons = [
      ...(listRef.current?.querySelectorAll<HTMLButtonElement>('.article-restore') ?? []),
    ];
    const row = document.activeElement?.closest('li');
    const index = row ? buttons.findIndex((button) => row.contains(button)) : -1;
    if (index >= 0) (buttons[index + 1] ?? buttons[index - 1] ?? backRef.current)?.focus();
    setItems((previous) => previous?.filter((other) => other.trashId !== item.trashId) ?? null);
  };

  const restoreInPlace = async (item: TrashedArticle) => {
    const result = await getBridge().invoke('trash:restore', { trashId: item.trashId });
    if (!result.ok) {
      if (result.error.code === 'conflict') {
        setIdTaken((previous) => new Set(previous).add(item.trashId));
        setError((): ErrorMessage => (say) => say('trash.idTaken'));
      } else {
        const failure = result.error;
        setError(
          (): ErrorMessage => (say) =>
            say('trash.restoreFailed', { detail: errorText(say, failure) }),
        );
      }
      // No longer in the trash (restored or removed elsewhere, a sync tool): its
      // row goes, or every try says this again.
      if (result.error.code === 'not-found') dropRow(item);
      return;
    }
    setError(null);
    dropRow(item);
    setRestoredNotice(
      t('trash.restoredNotice', { headline: item.headline.trim() || t('library.untitled') }),
    );
    onRestored(result.value.id);
  };

  const restoreCopy = (item: TrashedArticle) =>
    once(item, async () => {
      const result = await getBridge().invoke('trash:restore-copy', { trashId: item.trashId });
      if (!result.ok) {
        const failure = result.error;
        setError(
          (): ErrorMessage => (say) =>
            say('trash.restoreFailed', { detail: errorText(say, failure) }),
        );
        if (failure.code === 'not-found') dropRow(item);
        return;
      }
      setError(null);
      // The trash keeps this version: the copy is a new article of its own.
      setRestoredNotice(
        t('trash.restoredCopyNotice', { headline: item.headline.trim() || t('library.untitled') }),
      );
      onRestored(result.value.article.id);
    });

  return (
    <SidebarPanel
      title={t('trash.heading')}
      action={
        <button type="button" className="button" ref={backRef} onClick={onBack}>
          {t('library.backToArticles')}
        </button>
      }
    >
      {/* Always there: a region inserted with its text is often not read out. */}
      <p className="visually-hidden" aria-live="polite">
        {restoredNotice}
      </p>
      {error !== null && (
        <p className="field-error" role="alert">
          {error(t)}
        </p>
      )}
      {items === null ? (
        <p className="sidebar-empty">{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p className="sidebar-empty">{t('trash.empty')}</p>
      ) : (
        <ul className="article-list" ref={listRef}>
          {items.map((item) => {
            const headline = item.headline.trim() || t('library.untitled');
            return (
              <li key={item.trashId} className="article-item">
                <div className="article-open">
                  {/* The article's Vietnamese, whatever the UI speaks ("Untitled" is the UI's). */}
                  <span className="article-headline" lang={item.headline.trim() ? 'vi' : undefined}>
                    {headline}
                  </span>
                  <span className="article-meta">
                    <span className="article-time">
                      {t('trash.trashedAt', {
                        time: formatEditedTime(item.trashedAt, language, now),
                      })}
                    </span>
                  </span>
                </div>
                <button
                  type="button"
                  className="button article-restore"
                  aria-label={t('trash.restoreNamed', { headline })}
                  onClick={() => void restore(item)}
                >
                  {t('trash.restore')}
                </button>
                {idTaken.has(item.trashId) && (
                  <button
                    type="button"
                    className="button article-restore-copy"
                    aria-label={t('trash.restoreCopyNamed', { headline })}
                    onClick={() => void restoreCopy(item)}
                  >
                    {t('trash.restoreCopy')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </SidebarPanel>
  );
}

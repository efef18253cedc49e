/**
 * Version history of the open article: snapshots listed with time, reason and
 * word count, each previewable (plain text, read-only) and restorable. A
 * restore first snapshots the current version, and "Undo restore" restores
 * that snapshot, so no restore can lose anything.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Article } from '../../../shared/article/schema';
import type { LoadedArticle } from '../../../shared/ipc/channels';
import type { SnapshotInfo } from '../../../shared/ipc/recovery-channels';
import { bodyLines } from '../../../shared/recovery/article-diff';
import { toNfc } from '../../../shared/text/nfc';
import { ModalDialog } from '../app/ModalDialog';
import { getBridge } from '../bridge';
import { formatVersionTime } from '../i18n/date-locales';
import { useI18n } from '../i18n/I18nProvider';
import { errorText } from '../i18n/error-text';

export interface HistoryPanelProps {
  articleId: string;
  /** Saves the editor's pending edits first; false when that failed (then nothing is restored). */
  beforeRestore: () => Promise<boolean>;
  onRestored: (loaded: LoadedArticle) => void;
  onClose: () => void;
  /** The "Version history" button of the article view now in the page (a restore makes it anew). */
  returnFocusTo: () => HTMLElement | null;
  /** Changes when versions were added from elsewhere (a sync tool's copies): the list is read again. */
  listAgain?: number;
}

export function HistoryPanel({
  articleId,
  beforeRestore,
  onRestored,
  onClose,
  returnFocusTo,
  listAgain = 0,
}: HistoryPanelProps) {
  const { t, language } = useI18n();
  /**
   * Every version has its own "Preview" and "Restore": each button is
   * described by its version's line, or a screen reader announced the bare
   * word and only those who see the list knew which version it acts on.
   */
  const labelIdPrefix = useId();
  const [items, setItems] = useState<SnapshotInfo[] | null>(null);
  const [preview, setPreview] = useState<{ info: SnapshotInfo; article: Article } | null>(null);
  /**
   * The version a restore made current, and the snapshot that undoes it. A
   * damaged file replaced has no undo, but the restore is still said: the
   * focus moved to "Close" in silence, and whether anything happened was
   * left to guess.
   */
  const [restored, setRestored] = useState<{
    time: string;
    undoSnapshotId: string | null;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /**
   * Where the focus goes once a restore is done: "Undo restore", the next
   * thing a reporter may want, or "Close" after an undo. The pressed button
   * stays focusable while the restore runs (aria-disabled, not disabled: a
   * disabled button drops the focus to the page).
   */
  const [focusAfter, setFocusAfter] = useState<'undo' | 'close' | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusAfter === null) return;
    (focusAfter === 'undo' ? undoRef : closeRef).current?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  /**
   * The preview is shown under the list: with a long history (a version
   * every few minutes of a day's writing) it was below the dialog's fold,
   * and "Preview" seemed to do nothing. The focus stays on the button pressed.
   */
  const previewRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (preview) previewRef.current?.scrollIntoView({ block: 'nearest' });
  }, [preview]);

  const time = useCallback((iso: string) => formatVersionTime(iso, language), [language]);

  const refresh = useCallback(async () => {
    const result = await getBridge().invoke('history:list', { id: articleId });
    if (result.ok) setItems(result.value.items);
    else setError(t('history.failed', { detail: errorText(t, result.error) }));
  }, [articleId, t]);

  useEffect(() => {
    void refresh();
  }, [refresh, listAgain]);

  /** The preview asked last: a slower answer to an earlier one must not replace it. */
  const previewAsked = useRef(0);
  const showPreview = async (info: SnapshotInfo) => {
    const asked = ++previewAsked.current;
    const result = await getBridge().invoke('history:load', {
      id: articleId,
      snapshotId: info.snapshotId,
    });
    if (asked !== previewAsked.current) return;
    // Each preview replaces what the last one showed: a damaged version's
    // failure stayed up over the good version previewed next, and the version
    // previewed before a failure stayed shown as if it were the one asked for.
    if (result.ok) {
      setError(null);
      // A sync tool's copy is kept as the other machine wrote it, maybe
      // decomposed (macOS, Windows' Vietnamese keyboard): shown precomposed,
      // as bodyLines shows the body, or a find typed with Unikey missed it.
      const { article } = result.value;
      setPreview({
        info,
        article: {
          ...article,
          headline: toNfc(article.headline),
          sapo: toNfc(article.sapo),
          byline: toNfc(article.byline),
        },
      });
    } else {
      setPreview(null);
      setError(t('history.failed', { detail: errorText(t, result.error) }));
    }
  };

  const restore = async (snapshotId: string, restoredTime: string | null) => {
    if (busy) return;
    // A preview still on its way is not wanted any more: its answer cleared
    // this restore's failure, as if the restore had gone through.
    previewAsked.current += 1;
    setBusy(true);
    setError(null);
    try {
      if (!(await beforeRestore())) return;
      const result = await getBridge().invoke('history:restore', { id: articleId, snapshotId });
      if (!result.ok) {
        setError(t('history.failed', { detail: errorText(t, result.error) }));
        return;
      }
      const { undoSnapshotId, ...loaded } = result.value;
      onRestored(loaded);
      // Undoing an undo is just another restore, and a damaged file replaced has no undo.
      const canUndo = restoredTime !== null && undoSnapshotId !== null;
      setRestored(restoredTime === null ? null : { time: restoredTime, undoSnapshotId });
      setFocusAfter(canUndo ? 'undo' : 'close');
      setPreview(null);
      await refresh();
    } finally {
      setBusy(false);
    }
  };

  const undoSnapshotId = restored?.undoSnapshotId ?? null;

  return (
    <ModalDialog
      title={t('history.title')}
      className="history-panel"
      onCancel={onClose}
      returnFocusTo={returnFocusTo}
    >
      {error !== null && <p role="alert">{error}</p>}
      {/* Read out from an element that is always there: one inserted with its
          text is often not. */}
      <p className="visually-hidden" aria-live="polite">
        {restored ? t('history.restored', { time: restored.time }) : ''}
      </p>
      {restored && (
        <div className="history-undo">
          <p>{t('history.restored', { time: restored.time })}</p>
          {undoSnapshotId !== null && (
            <button
              type="button"
              className="button"
              ref={undoRef}
              aria-disabled={busy || undefined}
              onClick={() => void restore(undoSnapshotId, null)}
            >
              {t('history.undoRestore')}
            </button>
          )}
        </div>
      )}
      {items !== null && items.length === 0 && <p>{t('history.empty')}</p>}
      <ul className="history-list">
        {(items ?? []).map((info) => {
          const label = t('history.item', {
            time: time(info.takenAt),
            reason: t(`history.reason.${info.reason}`),
            words: info.wordCount,
          });
          const labelId = `${labelIdPrefix}-${info.snapshotId}`;
          return (
            <li key={info.snapshotId} className="history-item" aria-label={label}>
              <span className="history-label" id={labelId}>
                {label}
              </span>
              <button
                type="button"
                className="button"
                aria-describedby={labelId}
                onClick={() => void showPreview(info)}
              >
                {t('history.preview')}
              </button>
              <button
                type="button"
                className="button"
                aria-describedby={labelId}
                aria-disabled={busy || undefined}
                onClick={() => void restore(info.snapshotId, time(info.takenAt))}
              >
                {t('history.restore')}
              </button>
            </li>
          );
        })}
      </ul>
      {preview && (
        <section
          ref={previewRef}
          className="history-preview"
          aria-label={t('history.previewTitle', { time: time(preview.info.takenAt) })}
        >
          {/* The version's text is the article's Vietnamese, its part names the UI's language. */}
          <h3 lang="vi">{preview.article.headline}</h3>
          {preview.article.sapo && (
            <p className="history-preview-sapo" lang="vi">
              {preview.article.sapo}
            </p>
          )}
          {/* Captions and related items too: versions (a sync tool's copy) may differ only there. */}
          {bodyLines(preview.article).map((line, index) => (
            <p key={index}>
              {line.part !== 'text' && (
                <span className="history-preview-part">{t(`diff.part.${line.part}`)}: </span>
              )}
              <span lang="vi">{line.text}</span>
            </p>
          ))}
          {preview.article.byline && (
            <p className="history-preview-byline" lang="vi">
              {preview.article.byline}
            </p>
          )}
        </section>
      )}
      <div className="dialog-actions">
        <span className="dialog-actions-spacer" />
        <button type="button" className="button" ref={closeRef} onClick={onClose}>
          {t('history.close')}
        </button>
      </div>
    </ModalDialog>
  );
}

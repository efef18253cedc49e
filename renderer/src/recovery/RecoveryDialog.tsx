/**
 * Shown on start when the recovery journal holds unsaved edits (a crash, a
 * kill, a dead battery). Nothing is restored or dropped without the user's
 * choice; where the file on disk moved on since the edits, the dialog shows
 * what differs and offers to keep both.
 */
import { useLayoutEffect, useRef } from 'react';
import type { JournalEntrySummary } from '../../../shared/ipc/recovery-channels';
import { ModalDialog } from '../app/ModalDialog';
import { formatVersionTime } from '../i18n/date-locales';
import { useI18n } from '../i18n/I18nProvider';
import { ArticleDiffView } from './ArticleDiffView';

export type RecoveryChoice = 'current' | 'copy' | 'discard';

export interface RecoveryDialogProps {
  entries: JournalEntrySummary[];
  busy: boolean;
  onChoose: (entry: JournalEntrySummary, choice: RecoveryChoice) => void;
}

export function RecoveryDialog({ entries, busy, onChoose }: RecoveryDialogProps) {
  const { t, language } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  // A decided entry leaves the list with the button that had the focus: the
  // next entry's safe choice takes it, not the page.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog?.open || dialog.contains(document.activeElement)) return;
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [entries]);
  const time = (iso: string) => formatVersionTime(iso, language);
  return (
    // No onCancel: Escape must not dismiss it, the choice is the user's to make.
    <ModalDialog title={t('recovery.title')} className="recovery-dialog" ref={dialogRef}>
      <p>{t('recovery.intro')}</p>
      <ul className="recovery-list">
        {entries.map((entry) => {
          const headline = entry.article.headline.trim() || t('library.untitled');
          const canReplace = entry.disk.kind === 'same-base' || entry.disk.kind === 'moved-on';
          return (
            <li key={entry.articleId} className="recovery-item" aria-label={headline}>
              <h3 className="recovery-headline">{headline}</h3>
              <p className="recovery-time">
                {t('recovery.writtenAt', { time: time(entry.writtenAt) })}
              </p>
              {entry.disk.kind === 'same-base' && <p>{t('recovery.sameBase')}</p>}
              {entry.disk.kind === 'moved-on' && (
                <>
                  <p>{t('recovery.movedOn')}</p>
                  <ArticleDiffView disk={entry.disk.article} mine={entry.article} />
                </>
              )}
              {entry.disk.kind === 'missing' && (
                <p>{t('recovery.missing', { detail: entry.disk.message })}</p>
              )}
              {entry.disk.kind === 'damaged' && (
                <p>{t('recovery.damaged', { detail: entry.disk.message })}</p>
              )}
              <div className="dialog-actions">
                <button
                  type="button"
                  className="button"
                  aria-disabled={busy || undefined}
                  onClick={() => !busy && onChoose(entry, 'discard')}
                >
                  {t('recovery.discard')}
                </button>
                <span className="dialog-actions-spacer" />
                {entry.disk.kind !== 'same-base' && (
                  <button
                    type="button"
                    className="button"
                    aria-disabled={busy || undefined}
                    data-autofocus={canReplace ? undefined : true}
                    onClick={() => !busy && onChoose(entry, 'copy')}
                  >
                    {t('recovery.keepBoth')}
                  </button>
                )}
                {canReplace && (
                  <button
                    type="button"
                    className="button button-primary"
                    aria-disabled={busy || undefined}
                    data-autofocus
                    onClick={() => !busy && onChoose(entry, 'current')}
                  >
                    {t('recovery.restore')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </ModalDialog>
  );
}

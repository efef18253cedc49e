/**
 * Tells the reporter that versions a sync tool kept beside the open article
 * are now in its version history (useSyncCopies), and opens that history. Its
 * live region is always in the page, so the news is read out when it comes.
 */
import { useI18n } from '../i18n/I18nProvider';
import type { SyncCopiesFound } from './useSyncCopies';

export interface SyncCopiesNoticeProps {
  found: SyncCopiesFound | null;
  onShowHistory: () => void;
  onDismiss: () => void;
  /** Where the focus goes when the notice is dismissed: it was on the notice, which goes. */
  returnFocusTo: () => HTMLElement | null;
}

export function SyncCopiesNotice({
  found,
  onShowHistory,
  onDismiss,
  returnFocusTo,
}: SyncCopiesNoticeProps) {
  const { t } = useI18n();
  const text = found ? t('syncCopies.found', { count: found.count }) : '';
  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {text}
      </p>
      {found && (
        <div className="app-notices">
          <div className="banner sync-copies-notice">
            <p className="banner-text">{text}</p>
            <div className="banner-actions">
              <button type="button" className="button" onClick={onShowHistory}>
                {t('syncCopies.show')}
              </button>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  onDismiss();
                  returnFocusTo()?.focus();
                }}
              >
                {t('syncCopies.dismiss')}
              </button>
            </div>
          </div>
        </div>
      )}
    </>
  );
}

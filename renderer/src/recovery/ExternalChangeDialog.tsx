/** Asks what to do when the open article changed on disk under unsaved edits. */
import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export interface ExternalChangeDialogProps {
  onKeepMine: () => void;
  onLoadTheirs: () => void;
  onKeepBoth: () => void;
}

export function ExternalChangeDialog({
  onKeepMine,
  onLoadTheirs,
  onKeepBoth,
}: ExternalChangeDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      // No silent way out: each choice keeps at least one version whole.
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id={titleId} className="dialog-title">
        {t('external.title')}
      </h2>
      <p id={bodyId}>{t('external.body')}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onLoadTheirs}>
          {t('external.loadTheirs')}
        </button>
        <span className="dialog-actions-spacer" />
        <button type="button" className="button" onClick={onKeepBoth}>
          {t('external.keepBoth')}
        </button>
        <button type="button" className="button button-primary" autoFocus onClick={onKeepMine}>
          {t('external.keepMine')}
        </button>
      </div>
    </dialog>
  );
}

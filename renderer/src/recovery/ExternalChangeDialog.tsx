/** Asks what to do when the open article changed on disk under unsaved edits. */
import { ModalDialog } from '../app/ModalDialog';
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
  return (
    // No onCancel, so no silent way out: each choice keeps at least one version whole.
    <ModalDialog title={t('external.title')} description={t('external.body')} role="alertdialog">
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onLoadTheirs}>
          {t('external.loadTheirs')}
        </button>
        <span className="dialog-actions-spacer" />
        <button type="button" className="button" onClick={onKeepBoth}>
          {t('external.keepBoth')}
        </button>
        {/* The focus is on the choice that keeps the reporter's words: the
            dialog opens while they type, and a key may land on it. */}
        <button type="button" className="button button-primary" data-autofocus onClick={onKeepMine}>
          {t('external.keepMine')}
        </button>
      </div>
    </ModalDialog>
  );
}

/** A modal yes/no question; Escape cancels. */
import { ModalDialog } from './ModalDialog';

export interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <ModalDialog title={title} description={body} role="alertdialog" onCancel={onCancel}>
      <div className="dialog-actions">
        <span className="dialog-actions-spacer" />
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          {cancelLabel}
        </button>
        <button type="button" className="button button-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}

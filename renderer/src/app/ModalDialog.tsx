/**
 * The app's modal: a native <dialog> opened with showModal(), so focus stays
 * inside it and the rest of the window is inert. It is named by its title and,
 * when there is one, described by its description. Escape never closes it on
 * its own: it calls `onCancel`, and a dialog without one (a choice the user must
 * make) ignores Escape.
 */
import { useEffect, useId, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';

export interface ModalDialogProps {
  title: ReactNode;
  /** The sentence under the title that says what is asked (its accessible description). */
  description?: ReactNode;
  /** `alertdialog` for a question that interrupts the work; a plain dialog otherwise. */
  role?: 'alertdialog';
  /** Classes besides `dialog`. */
  className?: string;
  /** Whether it is shown; a dialog without `open` is shown for as long as it is mounted. */
  open?: boolean;
  /** Runs just before the dialog is shown (while the rest of the window can still be read). */
  onOpen?: () => void;
  /** Escape was pressed (or the browser closed the dialog on its own). */
  onCancel?: () => void;
  /** The <dialog> element, for a caller that must close it before moving focus out. */
  ref?: Ref<HTMLDialogElement>;
  children: ReactNode;
}

export function ModalDialog({
  title,
  description,
  role,
  className,
  open = true,
  onOpen,
  onCancel,
  ref,
  children,
}: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useImperativeHandle(ref, () => dialogRef.current!, []);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      onOpen?.();
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, onOpen]);

  useEffect(() => {
    const dialog = dialogRef.current;
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className={className ? `dialog ${className}` : 'dialog'}
      role={role}
      aria-labelledby={titleId}
      aria-describedby={description === undefined ? undefined : descriptionId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel?.();
      }}
      // Chromium closes a dialog without a cancel event when Escape comes with no
      // user activation since the last one: that is a cancel too.
      onClose={(event) => {
        if (open && !event.currentTarget.open) onCancel?.();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {description !== undefined && <p id={descriptionId}>{description}</p>}
      {children}
    </dialog>
  );
}

/**
 * The app's modal: a native <dialog> opened with showModal(), so focus stays
 * inside it and the rest of the window is inert. It is named by its title and,
 * when there is one, described by its description. Escape never closes it on
 * its own: it calls `onCancel`, and a dialog without one (a choice the user must
 * make) ignores Escape.
 */
import {
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  type ReactNode,
  type Ref,
} from 'react';

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
  /**
   * Where the focus goes when it opens: the first control marked
   * `data-autofocus` (the safe choice of a question), else its first control
   * (the browser's default); or the dialog itself, for a sheet to read whose
   * only control is at the bottom (focusing that would scroll the title out of
   * sight). React's `autoFocus` does not work here: it focuses before the
   * dialog is shown, and showModal() then moves the focus to the first control.
   */
  initialFocus?: 'first-control' | 'dialog';
  /**
   * Where the focus goes back when what opened the dialog is gone by the time
   * it closes (the article view, and its buttons, made anew under the dialog).
   */
  returnFocusTo?: () => HTMLElement | null;
  children: ReactNode;
}

/**
 * Closes `dialog` and, when the focus was in it (it was not moved elsewhere
 * on purpose), gives it back to what had it before the dialog opened, or to
 * `fallback` when that is no longer in the page.
 */
function closeAndRefocus(
  dialog: HTMLDialogElement,
  opener: Element | null,
  fallback: (() => HTMLElement | null) | undefined,
): void {
  const active = document.activeElement;
  const focusWasInside = active === null || active === document.body || dialog.contains(active);
  dialog.close();
  if (!focusWasInside) return;
  const target = opener instanceof HTMLElement && opener.isConnected ? opener : fallback?.();
  target?.focus({ preventScroll: true });
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
  initialFocus = 'first-control',
  returnFocusTo,
  children,
}: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useImperativeHandle(ref, () => dialogRef.current!, []);
  const titleId = useId();
  const descriptionId = useId();

  /** What had the focus when the dialog opened: it gets it back when the dialog goes. */
  const opener = useRef<Element | null>(null);
  const fallback = useRef(returnFocusTo);
  useEffect(() => {
    fallback.current = returnFocusTo;
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      onOpen?.();
      dialog.showModal();
      if (initialFocus === 'dialog') {
        dialog.focus();
        dialog.scrollTop = 0;
      } else {
        dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
      }
    } else if (!open && dialog.open) {
      closeAndRefocus(dialog, opener.current, fallback.current);
    }
  }, [open, onOpen, initialFocus]);

  // A layout effect: its cleanup runs while the dialog is still in the page.
  // Closed after its removal, a dialog could not hand the focus back, and a
  // keyboard user was left on <body>, back at the start of the Tab order.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    return () => {
      if (dialog?.open) closeAndRefocus(dialog, opener.current, fallback.current);
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className={className ? `dialog ${className}` : 'dialog'}
      role={role}
      tabIndex={initialFocus === 'dialog' ? -1 : undefined}
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

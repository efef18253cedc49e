/**
 * The app's error banners, each with its Dismiss button. A banner that goes
 * with the focus on its button — dismissed from the keyboard, or withdrawn by
 * the app because what it said is no longer true — hands the focus on: to the
 * banner after it or before it, else to what follows the banners in the page,
 * as the trash and the dialogs do. Removed with the focus on it, its button
 * left the reporter on <body>, back at the start of the Tab order.
 */
import { useLayoutEffect, useRef } from 'react';
import type { ErrorMessage } from '../i18n/error-text';
import { useI18n } from '../i18n/I18nProvider';
import { firstFocusableAfter } from './focusable';

export interface ShownError {
  /** Stable while the banner is up: a banner's button is never reused for another's. */
  key: number;
  message: ErrorMessage;
  /**
   * What the banner is about, when something the app learns later can make it
   * untrue (the library listed after all): the app withdraws it then.
   */
  topic?: string;
}

export function ErrorBanners({
  errors,
  onDismiss,
}: {
  errors: readonly ShownError[];
  onDismiss: (key: number) => void;
}) {
  if (errors.length === 0) return null;
  return (
    <div className="app-errors">
      {errors.map(({ key, message }) => (
        <Banner key={key} message={message} onDismiss={() => onDismiss(key)} />
      ))}
    </div>
  );
}

function Banner({ message, onDismiss }: { message: ErrorMessage; onDismiss: () => void }) {
  const { t } = useI18n();
  const buttonRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    const button = buttonRef.current;
    // A layout effect's clean-up runs before React takes the banner out of the page.
    return () => {
      if (button && document.activeElement === button) handFocusOn(button);
    };
  }, []);
  return (
    <div className="banner banner-error" role="alert">
      <p className="banner-text">{message(t)}</p>
      <button ref={buttonRef} type="button" className="button banner-dismiss" onClick={onDismiss}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}

function handFocusOn(button: HTMLElement): void {
  const region = button.closest('.app-errors');
  if (!region) return;
  const buttons = [...region.querySelectorAll<HTMLElement>('.banner-dismiss')];
  const at = buttons.indexOf(button);
  (buttons[at + 1] ?? buttons[at - 1] ?? firstFocusableAfter(region))?.focus();
}

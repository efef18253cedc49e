/**
 * The app's error banners, each with its Dismiss button. Dismissed from the
 * keyboard, a banner hands the focus on — to the banner after it or before
 * it, else to what follows the banners in the page — as the trash and the
 * dialogs do: removed with the focus on it, its button left the reporter on
 * <body>, back at the start of the Tab order.
 */
import { useRef } from 'react';
import type { ErrorMessage } from '../i18n/error-text';
import { useI18n } from '../i18n/I18nProvider';
import { firstFocusableAfter } from './focusable';

export interface ShownError {
  /** Stable while the banner is up: a banner's button is never reused for another's. */
  key: number;
  message: ErrorMessage;
}

export function ErrorBanners({
  errors,
  onDismiss,
}: {
  errors: readonly ShownError[];
  onDismiss: (key: number) => void;
}) {
  const { t } = useI18n();
  const regionRef = useRef<HTMLDivElement>(null);

  const dismiss = (key: number, button: HTMLElement) => {
    const region = regionRef.current;
    if (region && document.activeElement === button) {
      const buttons = [...region.querySelectorAll<HTMLElement>('.banner-dismiss')];
      const at = buttons.indexOf(button);
      (buttons[at + 1] ?? buttons[at - 1] ?? firstFocusableAfter(region))?.focus();
    }
    onDismiss(key);
  };

  if (errors.length === 0) return null;
  return (
    <div className="app-errors" ref={regionRef}>
      {errors.map(({ key, message }) => (
        <div key={key} className="banner banner-error" role="alert">
          <p className="banner-text">{message(t)}</p>
          <button
            type="button"
            className="button banner-dismiss"
            onClick={(event) => dismiss(key, event.currentTarget)}
          >
            {t('app.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}

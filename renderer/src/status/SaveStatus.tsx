/**
 * The save indicator (DESIGN.md: a role="status" element reading "Saved" once
 * everything typed is on disk) and the conflict banner.
 */
import { useCallback } from 'react';
import type { SaveState } from '../article/save-queue';
import type { ValueStore } from '../app/value-store';
import { useLiveText, writeText } from '../app/useLiveText';
import { useI18n, type Translate } from '../i18n/I18nProvider';
import { errorText } from '../i18n/error-text';

function statusText(state: SaveState, t: Translate): string {
  switch (state.kind) {
    case 'saved':
      return t('save.saved');
    case 'saving':
      return t('save.saving');
    case 'dirty':
    case 'conflict':
      return t('save.dirty');
    case 'failed':
      return t('save.failed', { detail: errorText(t, state.error) });
  }
}

/**
 * A save that ends sooner than this never shows "Saving…": the word would
 * flash for a few milliseconds after every pause in typing, screen readers
 * would announce it each time, and each change of the text is a frame to lay
 * out and paint. A slow save (a network drive, a busy disk) still says so.
 */
export const SHOW_SAVING_AFTER_MS = 400;

const pendingSaving = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/**
 * Follows the session's status store by writing its text straight into the
 * `<p>` (useLiveText): a save causes no React commit at all, because every
 * commit walks the focused body's DOM (≈ 3 ms at 10,000 words).
 */
export function SaveStatus({ store }: { store: ValueStore<SaveState> }) {
  const { t } = useI18n();
  const apply = useCallback(
    (element: HTMLParagraphElement, state: SaveState) => {
      clearTimeout(pendingSaving.get(element));
      const show = (shown: SaveState) => {
        const className = `save-status save-status-${shown.kind}`;
        if (element.className !== className) element.className = className;
        writeText(element, statusText(shown, t));
      };
      if (state.kind !== 'saving' || element.textContent === '') return show(state);
      // Until then the status keeps what it said ("Unsaved changes").
      pendingSaving.set(
        element,
        setTimeout(() => {
          if (store.get() === state) show(state);
        }, SHOW_SAVING_AFTER_MS),
      );
    },
    [t, store],
  );
  const ref = useLiveText(store, apply);
  return <p ref={ref} role="status" aria-live="polite" />;
}

export function ConflictBanner({
  onReload,
  onKeepMine,
}: {
  onReload: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="banner banner-warning" role="alert">
      <p className="banner-text">{t('conflict.message')}</p>
      <div className="banner-actions">
        <button type="button" className="button" onClick={onReload}>
          {t('conflict.reload')}
        </button>
        <button type="button" className="button button-primary" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
      </div>
    </div>
  );
}

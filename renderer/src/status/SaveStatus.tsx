/**
 * The save indicator (DESIGN.md: a role="status" element reading "Saved" once
 * everything typed is on disk) and the conflict banner.
 */
import { useSyncExternalStore } from 'react';
import type { SaveStatusStore } from '../article/save-status-store';
import { useI18n } from '../i18n/I18nProvider';

/** Subscribes to the session's status store itself, so a save re-renders this element only. */
export function SaveStatus({ store }: { store: SaveStatusStore }) {
  const { t } = useI18n();
  const state = useSyncExternalStore(store.subscribe, store.get);
  let text: string;
  switch (state.kind) {
    case 'saved':
      text = t('save.saved');
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'dirty':
    case 'conflict':
      text = t('save.dirty');
      break;
    case 'failed':
      text = t('save.failed', { detail: state.error.message });
      break;
  }
  return (
    <p className={`save-status save-status-${state.kind}`} role="status" aria-live="polite">
      {text}
    </p>
  );
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

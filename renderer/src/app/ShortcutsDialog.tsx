/**
 * The "Keyboard shortcuts" sheet (header button, Help menu, Ctrl/⌘+/): the
 * same accelerators the native menus use (shared/desktop/shortcuts.ts), shown
 * with ⌘ symbols on macOS and Ctrl names elsewhere, in the UI language.
 */
import { desktopMessage } from '../../../shared/i18n/desktop-messages';
import {
  formatAccelerator,
  shortcutGroups,
  shortcutPlatformOf,
} from '../../../shared/desktop/shortcuts';
import type { AppInfo } from '../../../shared/ipc/channels';
import { useI18n } from '../i18n/I18nProvider';
import { ModalDialog } from './ModalDialog';
import '../styles/shortcuts.css';

export function currentShortcutPlatform() {
  return shortcutPlatformOf(navigator as Navigator & { userAgentData?: { platform?: string } });
}

export function ShortcutsDialog({
  host,
  onClose,
}: {
  /** The web host lists only what it carries out (shortcuts.ts, DESKTOP_ONLY). */
  host: AppInfo['host'];
  onClose: () => void;
}) {
  const { language } = useI18n();
  const t = (key: Parameters<typeof desktopMessage>[1]) => desktopMessage(language, key);
  const platform = currentShortcutPlatform();
  return (
    <ModalDialog
      title={t('shortcuts.title')}
      className="shortcuts-dialog"
      initialFocus="dialog"
      onCancel={onClose}
    >
      {shortcutGroups(platform, host).map((group) => (
        <section key={group.title} className="shortcuts-group">
          <h3 className="shortcuts-group-title">{t(group.title)}</h3>
          <dl className="shortcuts-list">
            {group.shortcuts.map((shortcut) => (
              <div key={shortcut.label} className="shortcuts-row">
                <dt>{t(shortcut.label)}</dt>
                <dd>
                  <kbd>{formatAccelerator(shortcut.accelerator, platform)}</kbd>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="dialog-actions">
        <span className="dialog-actions-spacer" />
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      </div>
    </ModalDialog>
  );
}

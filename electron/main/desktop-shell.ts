/**
 * The desktop behaviour around the main window (issue #10): the native menu in
 * the UI language, the text-field context menu, remembered window placement,
 * and the menu actions that belong to main (library folder dialog, data
 * folder, About). The composition root passes in what changes at run time.
 */
import { app, dialog, screen, shell, type BrowserWindow } from 'electron';
import { desktopMessage } from '../../shared/i18n/desktop-messages';
import type { UiLanguage, WindowState } from '../../shared/settings';
import type { SettingsService } from '../services/settings';
import { attachContextMenu } from './context-menu';
import { applyApplicationMenu, sendMenuCommand } from './menu';
import type { MenuAction, MenuPlatform } from './menu-template';
import { trackWindowState } from './window-state-tracking';
import { restoreWindowState } from './window-state';

export interface DesktopShellOptions {
  window: BrowserWindow;
  settings: SettingsService;
  language: () => UiLanguage;
  /** Switches the open library without restarting (composition root). */
  switchLibrary: (folder: string) => Promise<void>;
  /** Whether the window shows an article: the menu's article commands act on it. */
  hasOpenArticle: () => boolean;
}

/** The saved window state fitted to the displays present now. */
export function initialWindowState(saved: WindowState): WindowState {
  // restoreWindowState centres a lost window on the first display it is given,
  // and getAllDisplays() promises no order: the primary display goes first.
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return restoreWindowState(saved, [primary, ...others]);
}

export function installDesktopShell(options: DesktopShellOptions): { refreshMenu(): void } {
  const { window, settings } = options;
  const platform = (
    ['darwin', 'win32'].includes(process.platform) ? process.platform : 'linux'
  ) as MenuPlatform;

  const openLibraryDialog = async () => {
    const language = options.language();
    const result = await dialog.showOpenDialog(window, {
      title: desktopMessage(language, 'menu.openLibraryTitle'),
      buttonLabel: desktopMessage(language, 'menu.openLibraryButton'),
      defaultPath: settings.get().libraryPath,
      properties: ['openDirectory', 'createDirectory'],
    });
    const folder = result.filePaths[0];
    if (!result.canceled && folder) await options.switchLibrary(folder);
  };

  const onAction = (action: MenuAction) => {
    switch (action.kind) {
      case 'renderer':
        sendMenuCommand(action.command);
        return;
      case 'open-library':
        void openLibraryDialog();
        return;
      case 'open-recent-library':
        void options.switchLibrary(action.path);
        return;
      case 'open-data-folder':
        void shell.openPath(app.getPath('userData'));
        return;
      case 'about':
        app.showAboutPanel();
        return;
    }
  };

  const refreshMenu = () =>
    applyApplicationMenu(
      {
        platform,
        language: options.language(),
        recentLibraries: settings.get().recentLibraries ?? [],
        hasOpenArticle: options.hasOpenArticle(),
      },
      onAction,
    );

  app.setAboutPanelOptions({
    applicationName: 'Newsdesk',
    applicationVersion: app.getVersion(),
    copyright: 'Copyright © 2026 Newsdesk',
  });
  refreshMenu();
  attachContextMenu(window, options.language);
  trackWindowState(window, (state) => settings.update({ window: state }));
  return { refreshMenu };
}

/**
 * Composition root of the Electron app: wires the plain-Node services (shared
 * with the web host) to Electron. Only this folder imports `electron`.
 */
import { app, session } from 'electron';
import ElectronStore from 'electron-store';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServices } from '../services/app-services';
import {
  SETTINGS_FILE_NAME,
  SettingsService,
  setAsideCorruptSettings,
  setAsideNotice,
  settingsStoreOptions,
} from '../services/settings';
import { registerAppSchemePrivileges, serveRenderer } from './app-protocol';
import { serveAssets } from './asset-protocol';
import { createExportFolderChooser } from './export-dialog';
import { registerIpc } from './ipc';
import { createMainWindow } from './main-window';
import { lockDownSession } from './window-security';

const distDir = fileURLToPath(new URL('..', import.meta.url));

registerAppSchemePrivileges();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(() => {
    const notices: string[] = [];
    const defaults = { libraryPath: path.join(app.getPath('documents'), 'Newsdesk') };
    const options = settingsStoreOptions({ cwd: app.getPath('userData'), defaults });
    const asidePath = setAsideCorruptSettings(
      path.join(app.getPath('userData'), SETTINGS_FILE_NAME),
    );
    if (asidePath) notices.push(setAsideNotice(asidePath));
    const settings = new SettingsService(new ElectronStore(options), { defaults, notices });
    const libraryPath = process.env.NEWSDESK_LIBRARY ?? settings.get().libraryPath;

    const { dispatch } = createAppServices({
      settings,
      host: 'electron',
      systemLocales: app.getPreferredSystemLanguages(),
      languageOverride: process.env.NEWSDESK_LANG,
      libraryPath,
      notices: settings.notices,
      chooseExportFolder: createExportFolderChooser(() => app.getPath('documents')),
    });
    lockDownSession(session.defaultSession);
    serveRenderer(path.join(distDir, 'renderer'));
    serveAssets(libraryPath);
    registerIpc(dispatch);

    const window = createMainWindow(distDir, settings.get().window);
    app.on('second-instance', () => {
      if (window.isMinimized()) window.restore();
      window.focus();
    });
  });
  app.on('window-all-closed', () => app.quit());
}

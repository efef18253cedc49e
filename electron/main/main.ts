/**
 * Composition root of the Electron app: wires the plain-Node services (shared
 * with the web host) to Electron. Only this folder imports `electron`.
 */
import { app, dialog, session, shell, type BrowserWindow } from 'electron';
import ElectronStore from 'electron-store';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServices } from '../services/app-services';
import { environmentValue } from '../services/environment';
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
import { createImageFileChooser } from './image-dialog';
import { registerIpc } from './ipc';
import { recentLibrariesAfterSwitch } from '../services/recent-libraries';
import { initialWindowState, installDesktopShell } from './desktop-shell';
import { focusExistingWindow } from './second-instance';
import { registerPrintIpc } from './print';
import { createMainWindow } from './main-window';
import { flushBeforeClose, rendererFlushChannel } from './flush-before-quit';
import { askRendererToFlush } from './renderer-flush';
import { ARTICLE_CHANGED_CHANNEL } from './ipc-channel';
import { lockDownApp, lockDownSession } from './window-security';
import { startFailureMessage } from './start-failure';
import { firstUiLanguage } from '../../shared/settings';

const distDir = fileURLToPath(new URL('..', import.meta.url));

registerAppSchemePrivileges();
lockDownApp(app);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const started = app.whenReady().then(() => {
    const notices: ReturnType<typeof setAsideNotice>[] = [];
    const defaults = { libraryPath: path.join(app.getPath('documents'), 'Newsdesk') };
    const options = settingsStoreOptions({ cwd: app.getPath('userData'), defaults });
    const asidePath = setAsideCorruptSettings(
      path.join(app.getPath('userData'), SETTINGS_FILE_NAME),
    );
    if (asidePath) notices.push(setAsideNotice(asidePath));
    const settings = new SettingsService(new ElectronStore(options), { defaults, notices });
    let libraryPath =
      environmentValue(process.env, 'NEWSDESK_LIBRARY') ?? settings.get().libraryPath;
    // A launch-time override: a language chosen in Settings wins from then on,
    // for the menus and dialogs and for services rebuilt on another library,
    // as the services' own copy does (handlers.ts, 'settings:update').
    let languageOverride = process.env.NEWSDESK_LANG;
    const language = () =>
      settings.effectiveLanguage(app.getPreferredSystemLanguages(), languageOverride);

    let mainWindow: BrowserWindow | null = null;
    // Export, Print, Save as PDF and Preview act on the open article: enabled
    // only while the renderer says it shows one ('app:article-shown').
    let hasOpenArticle = false;
    // A function, so File ▸ Open library can rebuild the services on another library.
    const serviceOptions = (): Parameters<typeof createAppServices>[0] => ({
      settings,
      host: 'electron',
      systemLocales: app.getPreferredSystemLanguages(),
      languageOverride,
      libraryPath,
      libraryIsDefault: libraryPath === defaults.libraryPath,
      notices: settings.notices,
      chooseExportFolder: createExportFolderChooser(() => app.getPath('documents'), language),
      chooseImageFiles: createImageFileChooser(() => app.getPath('pictures'), language),
      // Outside the library: a sync tool must never carry half-typed drafts.
      recoveryDir: path.join(app.getPath('userData'), 'recovery'),
      onExternalChange: ({ id }: { id: string }) =>
        mainWindow?.webContents.send(ARTICLE_CHANGED_CHANNEL, id),
      // The handler builds the path from a checked article id; the renderer never sends paths.
      showInFolder: (filePath: string) => shell.showItemInFolder(filePath),
      onArticleShown: (open: boolean) => {
        if (open === hasOpenArticle) return;
        hasOpenArticle = open;
        desktop.refreshMenu();
      },
    });
    let { dispatch, recovery } = createAppServices(serviceOptions());
    lockDownSession(session.defaultSession);
    serveRenderer(path.join(distDir, 'renderer'));
    serveAssets(() => libraryPath);
    registerIpc(async (channel, request) => {
      const result = await dispatch(channel, request);
      // The native menu speaks the UI language: rebuild it when that changes.
      if (channel === 'settings:update' && result.ok) {
        if ((request as { language?: unknown }).language) languageOverride = undefined;
        desktop.refreshMenu();
      }
      return result;
    });

    registerPrintIpc({ dispatch: () => dispatch, libraryPath: () => libraryPath, language });

    const window = createMainWindow(distDir, initialWindowState(settings.get().window));
    const desktop = installDesktopShell({
      window,
      settings,
      language,
      hasOpenArticle: () => hasOpenArticle,
      switchLibrary: async (folder) => {
        // The open article is saved to the library it came from, before the
        // services move: the page's own pagehide flush would reach the new one.
        if (!window.webContents.isCrashed()) await askRendererToFlush(rendererFlushChannel(window));
        settings.update({
          libraryPath: folder,
          recentLibraries: recentLibrariesAfterSwitch(
            settings.get().recentLibraries ?? [],
            libraryPath,
            folder,
          ),
        });
        libraryPath = folder;
        // The reloaded window shows no article until it says otherwise.
        hasOpenArticle = false;
        // The old library's file watcher would keep reporting its articles.
        void recovery.watcher?.close();
        ({ dispatch, recovery } = createAppServices(serviceOptions()));
        desktop.refreshMenu();
        // A fresh renderer asks app:info and lists the new library.
        window.webContents.reload();
      },
    });
    mainWindow = window;
    flushBeforeClose(window);
    app.on('second-instance', () => focusExistingWindow(window));
  });
  started.catch((error: unknown) => {
    // Said, then gone: a start failure lost in this promise left a process
    // with no window holding the single-instance lock (start-failure.ts).
    const language = firstUiLanguage(app.getPreferredSystemLanguages());
    const { title, content } = startFailureMessage(language, error);
    dialog.showErrorBox(title, content);
    app.exit(1);
  });
  app.on('window-all-closed', () => app.quit());
}

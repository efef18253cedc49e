/**
 * Electron's security checklist items that apply per window and per session:
 * no navigation away from the app, no new windows (external http(s) links go to
 * the system browser after parsing), every permission request denied.
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
import { shell, type BrowserWindow, type Session } from 'electron';
import { APP_ORIGIN } from './app-protocol';

export function openExternalSafely(rawUrl: string): void {
  try {
    const url = new URL(rawUrl);
    if (url.protocol === 'https:' || url.protocol === 'http:')
      void shell.openExternal(url.toString());
  } catch {
    // Not a URL: nothing to open.
  }
}

export function lockDownWindow(window: BrowserWindow): void {
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

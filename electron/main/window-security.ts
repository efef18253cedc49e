/**
 * Electron's security checklist items that apply per web contents, per session
 * and app-wide (https://www.electronjs.org/docs/latest/tutorial/security; the
 * item numbers below are that page's, and docs/security.md maps all twenty):
 * no navigation, frame navigation or redirect away from the app (13), no new
 * windows — external http(s) links go to the system browser after parsing (14,
 * 15) —, no <webview> (12), every permission and device request denied (5)
 * but the app's own clipboard writes (permission-policy.ts).
 * The rules themselves are pure and unit-tested (navigation-policy.ts,
 * permission-policy.ts).
 */
import { shell, type App, type BrowserWindow, type Session, type WebContents } from 'electron';
import { externalUrlToOpen, isAllowedNavigation, isAllowedRedirect } from './navigation-policy';
import { isPermissionGranted } from './permission-policy';

/** Checklist 15: only a parsed http(s) URL ever reaches the OS's URL handlers. */
export function openExternalSafely(rawUrl: string): void {
  const url = externalUrlToOpen(rawUrl);
  if (url !== null) void shell.openExternal(url);
}

const lockedDown = new WeakSet<WebContents>();

/** Idempotent: main-window.ts applies it to its window, `web-contents-created` to every contents. */
export function lockDownContents(contents: WebContents): void {
  if (lockedDown.has(contents)) return;
  lockedDown.add(contents);
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, true)) event.preventDefault();
  });
  // Subframes too: the export preview is an iframe, and a link clicked in it
  // must not load a web page inside the app.
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedRedirect(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function lockDownWindow(window: BrowserWindow): void {
  lockDownContents(window.webContents);
}

const lockedSessions = new WeakSet<Session>();

/** Idempotent: main.ts locks the default session, `session-created` every other one. */
export function lockDownSession(session: Session): void {
  if (lockedSessions.has(session)) return;
  lockedSessions.add(session);
  // Denied, except the clipboard write the Copy buttons need (permission-policy.ts).
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl, details.isMainFrame)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionGranted(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame),
  );
  // WebHID, WebUSB and Web Serial: no device is ever granted or chosen.
  session.setDevicePermissionHandler(() => false);
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
}

/**
 * App-wide, before the app is ready: the sandbox for every renderer whatever a
 * window's options say (checklist 4), and the guards above for every web
 * contents and session Electron creates later (the print window's partition,
 * any future window), not only the ones this code remembers to lock.
 */
export function lockDownApp(app: App): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('session-created', (session) => lockDownSession(session));
}

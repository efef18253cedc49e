/**
 * The main window, with every webPreferences item of Electron's security
 * checklist set explicitly (secure-web-preferences.ts, unit-tested item by item).
 */
import { BrowserWindow } from 'electron';
import path from 'node:path';
import type { WindowState } from '../../shared/settings';
import { APP_ORIGIN } from './app-protocol';
import { shouldReloadAfterRendererGone } from './renderer-crash';
import { mainWindowWebPreferences } from './secure-web-preferences';
import { lockDownWindow } from './window-security';

export function createMainWindow(distDir: string, state: WindowState): BrowserWindow {
  const window = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Newsdesk',
    webPreferences: mainWindowWebPreferences(path.join(distDir, 'electron', 'preload.cjs')),
  });
  lockDownWindow(window);
  // maximize() also shows a hidden window: called before the page painted, it
  // put a blank white window on screen, the flash `show: false` is there to avoid.
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  // A dead renderer left a blank window: load the app again (renderer-crash.ts).
  const crashReloads: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    const now = Date.now();
    // Not while the window or its contents are going away (closing, quitting).
    if (window.isDestroyed() || window.webContents.isDestroyed()) return;
    if (!shouldReloadAfterRendererGone(details.reason, crashReloads, now)) return;
    crashReloads.push(now);
    window.webContents.reload();
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

/**
 * The main window, with every webPreferences item of Electron's security
 * checklist set explicitly (secure-web-preferences.ts, unit-tested item by item).
 */
import { BrowserWindow } from 'electron';
import path from 'node:path';
import type { WindowState } from '../../shared/settings';
import { APP_ORIGIN } from './app-protocol';
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
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

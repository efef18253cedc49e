/**
 * The main window, with every webPreferences item of Electron's security
 * checklist set explicitly (defaults change between versions; explicit stays).
 */
import { BrowserWindow } from 'electron';
import path from 'node:path';
import type { WindowState } from '../../shared/settings';
import { APP_ORIGIN } from './app-protocol';
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
    webPreferences: {
      preload: path.join(distDir, 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  lockDownWindow(window);
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

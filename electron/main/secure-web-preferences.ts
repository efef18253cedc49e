/**
 * The webPreferences of every window showing the app, one item of Electron's
 * security checklist per line, each set explicitly (defaults change between
 * versions; explicit stays). Pure data with a type-only import of Electron's
 * types, which compiles away: tests/unit/electron/secure-web-preferences.test.ts
 * imports it under plain Node and asserts each setting, and main-window.ts
 * builds the window from it.
 */
import type { WebPreferences } from 'electron';

/** Frozen: one window's code cannot weaken the next window's preferences through it. */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  /** Checklist 3: the preload and Electron's internals run in their own JavaScript world. */
  contextIsolation: true,
  /** Checklist 4: the OS sandbox; the preload sees only a small, safe part of Node. */
  sandbox: true,
  /** Checklist 2: no Node.js in the page, its workers or any frame. */
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  /** Checklist 6: the same-origin policy stays on. */
  webSecurity: true,
  /** Checklist 8: no http: resources in the app's secure pages. */
  allowRunningInsecureContent: false,
  /** Checklist 9 (10: `enableBlinkFeatures` is never set). */
  experimentalFeatures: false,
  /** Checklists 11 and 12: no <webview> at all (will-attach-webview is refused as well). */
  webviewTag: false,
  /** A file dropped outside the editor must not replace the app with a file:// page. */
  navigateOnDragDrop: false,
  /** A page that opens dialog after dialog can be stopped by the user. */
  safeDialogs: true,
  spellcheck: false,
} as const satisfies WebPreferences);

/** The main window's preferences: the secure set plus the one preload script. */
export function mainWindowWebPreferences(preloadPath: string): WebPreferences {
  return { ...SECURE_WEB_PREFERENCES, preload: preloadPath };
}

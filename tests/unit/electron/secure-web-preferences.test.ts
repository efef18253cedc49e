/**
 * The main window's webPreferences, one Electron security-checklist item per
 * assertion. The module is imported under plain Node: it must not load the
 * `electron` module (whose import throws where the binary is missing), which
 * this file's mere import proves.
 */
import { describe, expect, it } from 'vitest';
import {
  mainWindowWebPreferences,
  SECURE_WEB_PREFERENCES,
} from '../../../electron/main/secure-web-preferences';

const preferences = mainWindowWebPreferences('/app/dist/electron/preload.cjs');

describe('the main window webPreferences', () => {
  it.each([
    ['contextIsolation', true, 'checklist 3: context isolation'],
    ['sandbox', true, 'checklist 4: process sandboxing'],
    ['nodeIntegration', false, 'checklist 2: no Node.js in the page'],
    ['nodeIntegrationInWorker', false, 'checklist 2: no Node.js in workers'],
    ['nodeIntegrationInSubFrames', false, 'checklist 2: no Node.js in frames'],
    ['webSecurity', true, 'checklist 6: same-origin policy on'],
    ['allowRunningInsecureContent', false, 'checklist 8: no mixed content'],
    ['experimentalFeatures', false, 'checklist 9: no experimental features'],
    ['webviewTag', false, 'checklists 11–12: no <webview>'],
    ['navigateOnDragDrop', false, 'a dropped file never replaces the app'],
  ] as const)('%s is %s (%s)', (key, value, _why) => {
    expect(preferences[key]).toBe(value);
  });

  it('enables no Blink features (checklist 10) and disables none it relies on', () => {
    expect(preferences.enableBlinkFeatures).toBeUndefined();
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads exactly the one preload script it is given', () => {
    expect(preferences.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('sets only what it means to: every key is listed here', () => {
    expect(Object.keys(SECURE_WEB_PREFERENCES).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('cannot be weakened by the caller through the shared object', () => {
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });
});

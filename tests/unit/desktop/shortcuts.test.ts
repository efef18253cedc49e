import { describe, expect, it } from 'vitest';
import { DESKTOP_MESSAGES } from '../../../shared/i18n/desktop-messages';
import {
  formatAccelerator,
  shortcutGroups,
  shortcutPlatformOf,
} from '../../../shared/desktop/shortcuts';

describe('keyboard shortcuts sheet', () => {
  it('shows ⌘ symbols on macOS and Ctrl names elsewhere', () => {
    expect(formatAccelerator('CmdOrCtrl+Shift+V', 'mac')).toBe('⌘⇧V');
    expect(formatAccelerator('CmdOrCtrl+Shift+V', 'other')).toBe('Ctrl+Shift+V');
    expect(formatAccelerator('CmdOrCtrl+Plus', 'other')).toBe('Ctrl++');
    expect(formatAccelerator('CmdOrCtrl+-', 'other')).toBe('Ctrl+-');
    expect(formatAccelerator('CmdOrCtrl+-', 'mac')).toBe('⌘-');
  });

  it('detects macOS from userAgentData or navigator.platform', () => {
    expect(shortcutPlatformOf({ userAgentData: { platform: 'macOS' } })).toBe('mac');
    expect(shortcutPlatformOf({ platform: 'MacIntel' })).toBe('mac');
    expect(shortcutPlatformOf({ platform: 'Win32' })).toBe('other');
    expect(shortcutPlatformOf({ userAgentData: { platform: '' }, platform: 'Linux x86_64' })).toBe(
      'other',
    );
  });

  it('labels every shortcut in both languages, redo per platform', () => {
    for (const platform of ['mac', 'other'] as const)
      for (const group of shortcutGroups(platform))
        for (const key of [group.title, ...group.shortcuts.map((s) => s.label)]) {
          expect(DESKTOP_MESSAGES.vi[key]).toBeTruthy();
          expect(DESKTOP_MESSAGES.en[key]).toBeTruthy();
        }
    const redo = (platform: 'mac' | 'other') =>
      shortcutGroups(platform)
        .flatMap((group) => group.shortcuts)
        .find((shortcut) => shortcut.label === 'menu.redo')!.accelerator;
    expect(formatAccelerator(redo('mac'), 'mac')).toBe('⌘⇧Z');
    expect(formatAccelerator(redo('other'), 'other')).toBe('Ctrl+Y');
  });

  it('lists the keys the editor handles itself: spelling suggestions, moving related items', () => {
    const shown = (platform: 'mac' | 'other') =>
      Object.fromEntries(
        shortcutGroups(platform)
          .flatMap((group) => group.shortcuts)
          .map((s) => [s.label, formatAccelerator(s.accelerator, platform)]),
      );
    expect(shown('other')).toMatchObject({
      'shortcuts.spelling': 'Alt+F7',
      'shortcuts.relatedUp': 'Alt+↑',
      'shortcuts.relatedDown': 'Alt+↓',
    });
    expect(shown('mac')).toMatchObject({
      'shortcuts.spelling': '⌥F7',
      'shortcuts.relatedUp': '⌥↑',
    });
  });

  it('lists in the web host only the shortcuts the web host carries out', () => {
    // There a browser keeps Ctrl+N (a new window) for itself, a tab has no
    // "Open library", and Ctrl+P prints the whole window, not the article.
    const labels = (host: 'electron' | 'web') =>
      shortcutGroups('other', host).flatMap((group) => group.shortcuts.map((s) => s.label));
    for (const label of ['menu.newArticle', 'menu.openLibrary', 'menu.print', 'menu.savePdf'])
      expect(labels('web')).not.toContain(label);
    expect(labels('web')).toEqual(
      expect.arrayContaining(['shortcuts.saveNow', 'menu.exportHtml', 'menu.togglePreview']),
    );
    expect(labels('electron')).toEqual(
      expect.arrayContaining(['menu.newArticle', 'menu.openLibrary', 'menu.print', 'menu.savePdf']),
    );
  });
});

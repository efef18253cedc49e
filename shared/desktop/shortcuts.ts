/**
 * The keyboard shortcuts of Newsdesk, written once as Electron accelerators
 * ("CmdOrCtrl+N") and shown two ways: on the native menu items (Electron reads
 * the accelerator) and in the in-app "Keyboard shortcuts" sheet, formatted for
 * the user's platform (⌘ on macOS, Ctrl elsewhere).
 */
import type { DesktopMessageKey } from '../i18n/desktop-messages';

export type ShortcutPlatform = 'mac' | 'other';

export interface Shortcut {
  accelerator: string;
  /** What it does, in the sheet's language. */
  label: DesktopMessageKey;
}

export interface ShortcutGroup {
  title: DesktopMessageKey;
  shortcuts: Shortcut[];
}

/** Accelerators used by the menus; the sheet lists the same ones. */
export const ACCELERATORS = {
  newArticle: 'CmdOrCtrl+N',
  openLibrary: 'CmdOrCtrl+O',
  /** macOS's File ▸ Close window; elsewhere the window manager's own keys close it. */
  closeWindow: 'CmdOrCtrl+W',
  save: 'CmdOrCtrl+S',
  exportHtml: 'CmdOrCtrl+E',
  print: 'CmdOrCtrl+P',
  savePdf: 'CmdOrCtrl+Shift+P',
  undo: 'CmdOrCtrl+Z',
  redoMac: 'Cmd+Shift+Z',
  redoOther: 'Ctrl+Y',
  cut: 'CmdOrCtrl+X',
  copy: 'CmdOrCtrl+C',
  paste: 'CmdOrCtrl+V',
  pastePlain: 'CmdOrCtrl+Shift+V',
  selectAll: 'CmdOrCtrl+A',
  bold: 'CmdOrCtrl+B',
  italic: 'CmdOrCtrl+I',
  underline: 'CmdOrCtrl+U',
  link: 'CmdOrCtrl+K',
  zoomIn: 'CmdOrCtrl+Plus',
  zoomOut: 'CmdOrCtrl+-',
  zoomReset: 'CmdOrCtrl+0',
  togglePreview: 'CmdOrCtrl+Shift+R',
  shortcuts: 'CmdOrCtrl+/',
} as const;

/**
 * Keys the editor handles itself, with no menu item to show them: listed in
 * the sheet all the same (Alt+F7 was written nowhere in the app, so the
 * spelling suggestions could not be found from the keyboard).
 */
export const EDITOR_KEYS = {
  spellingSuggestions: 'Alt+F7',
  moveRelatedUp: 'Alt+Up',
  moveRelatedDown: 'Alt+Down',
} as const;

/**
 * Menu accelerators the web host cannot carry out: a browser keeps Ctrl+N (a
 * new window) for itself, a tab has no "Open library", and Ctrl+P prints the
 * browser's view of the whole window, not the article. The sheet listed them
 * all the same, and a reporter pressing Ctrl+N got a blank browser window.
 */
const DESKTOP_ONLY: ReadonlySet<string> = new Set([
  ACCELERATORS.newArticle,
  ACCELERATORS.openLibrary,
  ACCELERATORS.print,
  ACCELERATORS.savePdf,
]);

/** The sheet's groups for `platform`, as far as `host` carries them out. */
export function shortcutGroups(
  platform: ShortcutPlatform,
  host: 'electron' | 'web' = 'electron',
): ShortcutGroup[] {
  const groups = allShortcutGroups(platform);
  if (host === 'electron') return groups;
  return groups.map((group) => ({
    ...group,
    shortcuts: group.shortcuts.filter((shortcut) => !DESKTOP_ONLY.has(shortcut.accelerator)),
  }));
}

function allShortcutGroups(platform: ShortcutPlatform): ShortcutGroup[] {
  const a = ACCELERATORS;
  return [
    {
      title: 'shortcuts.group.file',
      shortcuts: [
        { accelerator: a.newArticle, label: 'menu.newArticle' },
        { accelerator: a.openLibrary, label: 'menu.openLibrary' },
        { accelerator: a.save, label: 'shortcuts.saveNow' },
        { accelerator: a.exportHtml, label: 'menu.exportHtml' },
        { accelerator: a.print, label: 'menu.print' },
        { accelerator: a.savePdf, label: 'menu.savePdf' },
      ],
    },
    {
      title: 'shortcuts.group.edit',
      shortcuts: [
        { accelerator: a.undo, label: 'menu.undo' },
        { accelerator: platform === 'mac' ? a.redoMac : a.redoOther, label: 'menu.redo' },
        { accelerator: a.cut, label: 'menu.cut' },
        { accelerator: a.copy, label: 'menu.copy' },
        { accelerator: a.paste, label: 'menu.paste' },
        { accelerator: a.pastePlain, label: 'menu.pastePlain' },
        { accelerator: a.selectAll, label: 'menu.selectAll' },
        { accelerator: EDITOR_KEYS.spellingSuggestions, label: 'shortcuts.spelling' },
        { accelerator: EDITOR_KEYS.moveRelatedUp, label: 'shortcuts.relatedUp' },
        { accelerator: EDITOR_KEYS.moveRelatedDown, label: 'shortcuts.relatedDown' },
      ],
    },
    {
      title: 'shortcuts.group.format',
      shortcuts: [
        { accelerator: a.bold, label: 'shortcuts.bold' },
        { accelerator: a.italic, label: 'shortcuts.italic' },
        { accelerator: a.underline, label: 'shortcuts.underline' },
        { accelerator: a.link, label: 'shortcuts.link' },
      ],
    },
    {
      title: 'shortcuts.group.view',
      shortcuts: [
        { accelerator: a.zoomIn, label: 'menu.zoomIn' },
        { accelerator: a.zoomOut, label: 'menu.zoomOut' },
        { accelerator: a.zoomReset, label: 'menu.zoomReset' },
        { accelerator: a.togglePreview, label: 'menu.togglePreview' },
        { accelerator: a.shortcuts, label: 'menu.shortcuts' },
      ],
    },
  ];
}

const MAC_SYMBOLS: Record<string, string> = {
  CmdOrCtrl: '⌘',
  Cmd: '⌘',
  Command: '⌘',
  Ctrl: '⌃',
  Control: '⌃',
  Shift: '⇧',
  Alt: '⌥',
  Option: '⌥',
  Plus: '+',
  Up: '↑',
  Down: '↓',
};
const OTHER_NAMES: Record<string, string> = {
  CmdOrCtrl: 'Ctrl',
  Cmd: 'Ctrl',
  Command: 'Ctrl',
  Control: 'Ctrl',
  Option: 'Alt',
  Plus: '+',
  Up: '↑',
  Down: '↓',
};

/** "CmdOrCtrl+Shift+V" → "⌘⇧V" on macOS, "Ctrl+Shift+V" elsewhere. */
export function formatAccelerator(accelerator: string, platform: ShortcutPlatform): string {
  // "CmdOrCtrl+-" splits into [..., ''] twice over: keep a trailing "-" or "+" key.
  const parts = accelerator
    .split('+')
    .filter((part, index, all) => part || index === all.length - 1);
  const keys = parts.map((part) => (part === '' ? '+' : part));
  if (platform === 'mac') return keys.map((key) => MAC_SYMBOLS[key] ?? key).join('');
  return keys.map((key) => OTHER_NAMES[key] ?? key).join('+');
}

/** macOS or not, from what a browser tells (userAgentData where there is one). */
export function shortcutPlatformOf(navigatorLike: {
  platform?: string;
  userAgentData?: { platform?: string };
}): ShortcutPlatform {
  const name = navigatorLike.userAgentData?.platform || navigatorLike.platform || '';
  return /mac|iphone|ipad/i.test(name) ? 'mac' : 'other';
}

/**
 * The native application menu as plain data, built by a pure function so it is
 * unit-tested under plain Node for every platform and language (no `electron`
 * import here; menu.ts turns the data into an Electron Menu). Items that do
 * something carry an `action` instead of a click handler; menu.ts routes it.
 *
 * Every label is set explicitly, even on role items, because Electron would
 * otherwise label roles in the operating system's language, not the UI's.
 */
import { desktopMessage, type DesktopMessageKey } from '../../shared/i18n/desktop-messages';
import type { MenuCommand } from '../../shared/desktop/menu-commands';
import { ACCELERATORS } from '../../shared/desktop/shortcuts';
import type { UiLanguage } from '../../shared/settings';

/**
 * A label shown exactly as given. Electron takes "&" in any label as the mark
 * of a mnemonic (Alt+letter), on every platform, and drops it; "&&" is a
 * literal "&". Folder names are the user's own: "Tin tức & Ảnh" must not show
 * as "Tin tức  Ảnh".
 */
function escapeMnemonics(text: string): string {
  return text.replaceAll('&', '&&');
}

export type MenuPlatform = 'darwin' | 'win32' | 'linux';

export type MenuAction =
  | { kind: 'renderer'; command: MenuCommand }
  | { kind: 'open-library' }
  | { kind: 'open-recent-library'; path: string }
  | { kind: 'open-data-folder' }
  | { kind: 'about' };

/** The subset of Electron's MenuItemConstructorOptions this app uses. */
export interface MenuItemSpec {
  id?: string;
  label?: string;
  role?:
    | 'about'
    | 'hide'
    | 'hideOthers'
    | 'unhide'
    | 'quit'
    | 'undo'
    | 'redo'
    | 'cut'
    | 'copy'
    | 'paste'
    | 'pasteAndMatchStyle'
    | 'selectAll'
    | 'zoomIn'
    | 'zoomOut'
    | 'resetZoom'
    | 'togglefullscreen'
    | 'minimize'
    | 'close'
    | 'appMenu'
    | 'fileMenu'
    | 'editMenu'
    | 'viewMenu'
    | 'windowMenu'
    | 'help';
  type?: 'normal' | 'separator' | 'submenu';
  accelerator?: string;
  enabled?: boolean;
  submenu?: MenuItemSpec[];
  action?: MenuAction;
}

export interface MenuTemplateInput {
  platform: MenuPlatform;
  language: UiLanguage;
  /** Most recent first; the one in use included. */
  recentLibraries: string[];
  /** Whether an article is open: export and print need one. */
  hasOpenArticle?: boolean;
}

const SEPARATOR: MenuItemSpec = { type: 'separator' };

export function buildMenuTemplate(input: MenuTemplateInput): MenuItemSpec[] {
  const { platform, language } = input;
  const t = (key: DesktopMessageKey) => desktopMessage(language, key);
  const isMac = platform === 'darwin';
  const hasArticle = input.hasOpenArticle ?? true;
  const renderer = (
    id: string,
    label: DesktopMessageKey,
    command: MenuCommand,
    accelerator?: string,
    enabled = true,
  ): MenuItemSpec => ({
    id,
    label: t(label),
    ...(accelerator ? { accelerator } : {}),
    enabled,
    action: { kind: 'renderer', command },
  });

  const recent: MenuItemSpec[] =
    input.recentLibraries.length > 0
      ? input.recentLibraries.map((path, index) => ({
          id: `recent-library-${index}`,
          label: escapeMnemonics(path),
          action: { kind: 'open-recent-library', path },
        }))
      : [{ id: 'no-recent-libraries', label: t('menu.noRecentLibraries'), enabled: false }];

  const quit: MenuItemSpec = {
    id: 'quit',
    role: 'quit',
    label: t(platform === 'win32' ? 'menu.exit' : 'menu.quit'),
    // Windows closes with Alt+F4 and has no Ctrl+Q convention.
    ...(platform === 'win32' ? {} : { accelerator: 'CmdOrCtrl+Q' }),
  };

  // Electron's default Mac menu has File ▸ Close (Cmd+W); a custom menu
  // without it left Cmd+W doing nothing. The close saves first
  // (flush-before-quit.ts), as the red button does. Windows and Linux close
  // with the window manager's own keys.
  const closeWindow: MenuItemSpec = {
    id: 'close-window',
    role: 'close',
    label: t('menu.closeWindow'),
    accelerator: ACCELERATORS.closeWindow,
  };

  const appMenu: MenuItemSpec = {
    id: 'app',
    label: 'Newsdesk',
    role: 'appMenu',
    submenu: [
      { id: 'about', role: 'about', label: t('menu.about') },
      SEPARATOR,
      { id: 'hide', role: 'hide', label: t('menu.hide') },
      { id: 'hide-others', role: 'hideOthers', label: t('menu.hideOthers') },
      { id: 'show-all', role: 'unhide', label: t('menu.showAll') },
      SEPARATOR,
      quit,
    ],
  };

  const fileMenu: MenuItemSpec = {
    id: 'file',
    label: t('menu.file'),
    submenu: [
      renderer('new-article', 'menu.newArticle', 'new-article', ACCELERATORS.newArticle),
      {
        id: 'open-library',
        label: t('menu.openLibrary'),
        accelerator: ACCELERATORS.openLibrary,
        action: { kind: 'open-library' },
      },
      { id: 'recent-libraries', label: t('menu.recentLibraries'), submenu: recent },
      SEPARATOR,
      renderer(
        'export-html',
        'menu.exportHtml',
        'export-html',
        ACCELERATORS.exportHtml,
        hasArticle,
      ),
      renderer('print', 'menu.print', 'print', ACCELERATORS.print, hasArticle),
      renderer('save-pdf', 'menu.savePdf', 'save-pdf', ACCELERATORS.savePdf, hasArticle),
      ...(isMac ? [SEPARATOR, closeWindow] : [SEPARATOR, quit]),
    ],
  };

  const editMenu: MenuItemSpec = {
    id: 'edit',
    label: t('menu.edit'),
    submenu: [
      { id: 'undo', role: 'undo', label: t('menu.undo'), accelerator: ACCELERATORS.undo },
      {
        id: 'redo',
        role: 'redo',
        label: t('menu.redo'),
        accelerator: isMac ? ACCELERATORS.redoMac : ACCELERATORS.redoOther,
      },
      SEPARATOR,
      { id: 'cut', role: 'cut', label: t('menu.cut'), accelerator: ACCELERATORS.cut },
      { id: 'copy', role: 'copy', label: t('menu.copy'), accelerator: ACCELERATORS.copy },
      { id: 'paste', role: 'paste', label: t('menu.paste'), accelerator: ACCELERATORS.paste },
      {
        id: 'paste-plain',
        role: 'pasteAndMatchStyle',
        label: t('menu.pastePlain'),
        accelerator: ACCELERATORS.pastePlain,
      },
      {
        id: 'select-all',
        role: 'selectAll',
        label: t('menu.selectAll'),
        accelerator: ACCELERATORS.selectAll,
      },
    ],
  };

  const viewMenu: MenuItemSpec = {
    id: 'view',
    label: t('menu.view'),
    submenu: [
      { id: 'zoom-in', role: 'zoomIn', label: t('menu.zoomIn'), accelerator: ACCELERATORS.zoomIn },
      {
        id: 'zoom-out',
        role: 'zoomOut',
        label: t('menu.zoomOut'),
        accelerator: ACCELERATORS.zoomOut,
      },
      {
        id: 'zoom-reset',
        role: 'resetZoom',
        label: t('menu.zoomReset'),
        accelerator: ACCELERATORS.zoomReset,
      },
      SEPARATOR,
      renderer(
        'toggle-preview',
        'menu.togglePreview',
        'toggle-preview',
        ACCELERATORS.togglePreview,
        hasArticle,
      ),
      SEPARATOR,
      { id: 'full-screen', role: 'togglefullscreen', label: t('menu.fullScreen') },
    ],
  };

  const windowMenu: MenuItemSpec = {
    id: 'window',
    label: t('menu.window'),
    role: 'windowMenu',
    submenu: [{ id: 'minimize', role: 'minimize', label: t('menu.minimize') }],
  };

  const helpMenu: MenuItemSpec = {
    id: 'help',
    label: t('menu.help'),
    ...(isMac ? { role: 'help' as const } : {}),
    submenu: [
      renderer('shortcuts', 'menu.shortcuts', 'show-shortcuts', ACCELERATORS.shortcuts),
      {
        id: 'open-data-folder',
        label: t('menu.openDataFolder'),
        action: { kind: 'open-data-folder' },
      },
      ...(isMac
        ? []
        : [
            SEPARATOR,
            {
              id: 'about',
              label: t('menu.about'),
              action: { kind: 'about' },
            } satisfies MenuItemSpec,
          ]),
    ],
  };

  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, helpMenu];
}

/** Depth-first search by id, for tests and for menu.ts's enabling of items. */
export function findMenuItem(items: MenuItemSpec[], id: string): MenuItemSpec | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = item.submenu && findMenuItem(item.submenu, id);
    if (inner) return inner;
  }
  return undefined;
}

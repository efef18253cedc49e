// The native menu for each platform × language, built under plain Node.
import { describe, expect, it } from 'vitest';
import {
  buildMenuTemplate,
  findMenuItem,
  type MenuItemSpec,
  type MenuPlatform,
} from '../../../electron/main/menu-template';
import { MENU_COMMANDS } from '../../../shared/desktop/menu-commands';

const PLATFORMS: MenuPlatform[] = ['darwin', 'win32', 'linux'];
const LANGUAGES = ['vi', 'en'] as const;

function allItems(items: MenuItemSpec[]): MenuItemSpec[] {
  return items.flatMap((item) => [item, ...allItems(item.submenu ?? [])]);
}

describe('application menu', () => {
  for (const platform of PLATFORMS) {
    for (const language of LANGUAGES) {
      it(`has File, Edit, View and Help with the expected items on ${platform} in ${language}`, () => {
        const menu = buildMenuTemplate({ platform, language, recentLibraries: ['/a', '/b'] });
        const ids = menu.map((item) => item.id);
        expect(ids).toEqual(
          platform === 'darwin'
            ? ['app', 'file', 'edit', 'view', 'window', 'help']
            : ['file', 'edit', 'view', 'help'],
        );
        for (const id of [
          'new-article',
          'open-library',
          'recent-libraries',
          'export-html',
          'print',
          'save-pdf',
          'undo',
          'redo',
          'cut',
          'copy',
          'paste',
          'paste-plain',
          'select-all',
          'zoom-in',
          'zoom-out',
          'zoom-reset',
          'toggle-preview',
          'about',
          'open-data-folder',
          'shortcuts',
          'quit',
        ])
          expect(findMenuItem(menu, id), id).toBeDefined();
        // Every visible item has a label in the UI language, never a role's OS default.
        for (const item of allItems(menu))
          if (item.type !== 'separator') expect(item.label, item.id).toBeTruthy();
        // Accelerators are CmdOrCtrl-based, never a bare Ctrl that would be wrong on a Mac.
        for (const item of allItems(menu))
          if (item.accelerator && item.id !== 'redo')
            expect(item.accelerator, item.id).toMatch(/^CmdOrCtrl\+/);
      });
    }
  }

  it('speaks the UI language', () => {
    const vi = buildMenuTemplate({ platform: 'linux', language: 'vi', recentLibraries: [] });
    const en = buildMenuTemplate({ platform: 'linux', language: 'en', recentLibraries: [] });
    expect(vi.map((item) => item.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
    expect(en.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(findMenuItem(vi, 'new-article')?.label).toBe('Bài mới');
    expect(findMenuItem(en, 'paste-plain')?.label).toBe('Paste as plain text');
  });

  it('quits the way each platform does', () => {
    const quit = (platform: MenuPlatform) =>
      findMenuItem(buildMenuTemplate({ platform, language: 'en', recentLibraries: [] }), 'quit');
    expect(quit('win32')).toMatchObject({ role: 'quit', label: 'Exit' });
    expect(quit('win32')?.accelerator).toBeUndefined();
    expect(quit('linux')).toMatchObject({
      role: 'quit',
      label: 'Quit Newsdesk',
      accelerator: 'CmdOrCtrl+Q',
    });
    // On macOS Quit lives in the app menu, not in File.
    const mac = buildMenuTemplate({ platform: 'darwin', language: 'en', recentLibraries: [] });
    expect(findMenuItem(mac[0]!.submenu!, 'quit')).toBeDefined();
    expect(findMenuItem(findMenuItem(mac, 'file')!.submenu!, 'quit')).toBeUndefined();
  });

  it('redoes with Cmd+Shift+Z on macOS and Ctrl+Y elsewhere', () => {
    const redo = (platform: MenuPlatform) =>
      findMenuItem(buildMenuTemplate({ platform, language: 'en', recentLibraries: [] }), 'redo');
    expect(redo('darwin')?.accelerator).toBe('Cmd+Shift+Z');
    expect(redo('win32')?.accelerator).toBe('Ctrl+Y');
  });

  it('lists recent libraries, or says there are none', () => {
    const withRecent = buildMenuTemplate({
      platform: 'linux',
      language: 'en',
      recentLibraries: ['/home/a/Tin', '/mnt/b'],
    });
    expect(findMenuItem(withRecent, 'recent-libraries')?.submenu).toEqual([
      {
        id: 'recent-library-0',
        label: '/home/a/Tin',
        action: { kind: 'open-recent-library', path: '/home/a/Tin' },
      },
      {
        id: 'recent-library-1',
        label: '/mnt/b',
        action: { kind: 'open-recent-library', path: '/mnt/b' },
      },
    ]);
    const none = buildMenuTemplate({ platform: 'linux', language: 'vi', recentLibraries: [] });
    expect(findMenuItem(none, 'recent-libraries')?.submenu).toEqual([
      { id: 'no-recent-libraries', label: 'Chưa có thư viện nào', enabled: false },
    ]);
  });

  // Electron reads "&" in a label as the mnemonic marker (Alt+letter) on every
  // platform and drops it: "D:\\Tin tức & Ảnh" showed as "D:\\Tin tức  Ảnh".
  it('shows a recent library whose path holds "&" as it is, and opens that path', () => {
    for (const platform of PLATFORMS) {
      const menu = buildMenuTemplate({
        platform,
        language: 'vi',
        recentLibraries: ['D:\\Tin tức & Ảnh\\Newsdesk', '/home/lan/R&&D'],
      });
      expect(findMenuItem(menu, 'recent-libraries')?.submenu).toEqual([
        {
          id: 'recent-library-0',
          label: 'D:\\Tin tức && Ảnh\\Newsdesk',
          action: { kind: 'open-recent-library', path: 'D:\\Tin tức & Ảnh\\Newsdesk' },
        },
        {
          id: 'recent-library-1',
          label: '/home/lan/R&&&&D',
          action: { kind: 'open-recent-library', path: '/home/lan/R&&D' },
        },
      ]);
    }
  });

  it('sends only known commands to the renderer, and disables article commands without an article', () => {
    const menu = buildMenuTemplate({
      platform: 'win32',
      language: 'en',
      recentLibraries: [],
      hasOpenArticle: false,
    });
    for (const item of allItems(menu))
      if (item.action?.kind === 'renderer') expect(MENU_COMMANDS).toContain(item.action.command);
    expect(findMenuItem(menu, 'new-article')).toMatchObject({
      enabled: true,
      action: { kind: 'renderer', command: 'new-article' },
    });
    for (const id of ['export-html', 'print', 'save-pdf', 'toggle-preview'])
      expect(findMenuItem(menu, id)?.enabled, id).toBe(false);
  });

  it('uses roles for the Edit items so they act on the focused field', () => {
    const menu = buildMenuTemplate({ platform: 'linux', language: 'en', recentLibraries: [] });
    expect(findMenuItem(menu, 'edit')?.submenu?.map((item) => item.role ?? item.type)).toEqual([
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'pasteAndMatchStyle',
      'selectAll',
    ]);
  });

  it('closes the window with Cmd+W on macOS, through the close that saves first', () => {
    // Electron's default Mac menu has File ▸ Close; without it Cmd+W did nothing.
    for (const language of LANGUAGES) {
      const menu = buildMenuTemplate({ platform: 'darwin', language, recentLibraries: [] });
      expect(findMenuItem(menu, 'file')?.submenu?.map((item) => item.role)).toContain('close');
      expect(findMenuItem(menu, 'close-window')).toMatchObject({
        role: 'close',
        accelerator: 'CmdOrCtrl+W',
        label: language === 'en' ? 'Close window' : 'Đóng cửa sổ',
      });
    }
  });
});

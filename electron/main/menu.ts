/**
 * Applies the pure menu template (menu-template.ts) to Electron: actions
 * become click handlers, and the menu is rebuilt when the language or the
 * recent libraries change. Renderer commands travel as `menu:command` events.
 */
import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_EVENT } from '../../shared/desktop/menu-commands';
import {
  buildMenuTemplate,
  type MenuAction,
  type MenuItemSpec,
  type MenuTemplateInput,
} from './menu-template';

export function toElectronTemplate(
  items: MenuItemSpec[],
  onAction: (action: MenuAction) => void,
): MenuItemConstructorOptions[] {
  return items.map(({ action, submenu, id, ...rest }) => ({
    ...rest,
    ...(id ? { id } : {}),
    ...(submenu ? { submenu: toElectronTemplate(submenu, onAction) } : {}),
    ...(action ? { click: () => onAction(action) } : {}),
  }));
}

/** Sends a renderer command to the focused window (or the only one). */
export function sendMenuCommand(command: string): void {
  const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  target?.webContents.send(MENU_COMMAND_EVENT, command);
}

export function applyApplicationMenu(
  input: MenuTemplateInput,
  onAction: (action: MenuAction) => void,
): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(toElectronTemplate(buildMenuTemplate(input), onAction)),
  );
}

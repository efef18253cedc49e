/**
 * The text-field context menu (template in context-menu-template.ts): Electron
 * shows none by default. Spelling items use Chromium's own replace and
 * dictionary calls, so the edit goes through the editor's normal input path.
 */
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '../../shared/settings';
import { buildContextMenuTemplate, type ContextMenuItemSpec } from './context-menu-template';

export function attachContextMenu(window: BrowserWindow, language: () => UiLanguage): void {
  const contents = window.webContents;
  contents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(
      {
        isEditable: params.isEditable,
        selectionText: params.selectionText,
        misspelledWord: params.misspelledWord,
        dictionarySuggestions: params.dictionarySuggestions,
        editFlags: params.editFlags,
      },
      language(),
    );
    if (!template) return;
    const toElectron = ({
      replaceWith,
      addToDictionary,
      action: _action,
      submenu: _submenu,
      ...rest
    }: ContextMenuItemSpec): MenuItemConstructorOptions => ({
      ...rest,
      ...(replaceWith !== undefined
        ? { click: () => contents.replaceMisspelling(replaceWith) }
        : {}),
      ...(addToDictionary !== undefined
        ? {
            click: () => contents.session.addWordToSpellCheckerDictionary(addToDictionary),
          }
        : {}),
    });
    Menu.buildFromTemplate(template.map(toElectron)).popup({ window });
  });
}

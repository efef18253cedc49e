/**
 * The options of main's "Export HTML" and "Insert image" dialogs, in the UI
 * language. Pure (only Electron's types), so a plain-Node test checks them
 * without the Electron binary; the dialogs themselves are one call each.
 */
import type { OpenDialogOptions } from 'electron';
import type { UiLanguage } from '../../shared/settings';
import { desktopMessage } from '../../shared/i18n/desktop-messages';

/** The image types the importer takes; it sniffs the bytes whatever the extension says. */
const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif'];

export function exportFolderDialogOptions(
  language: UiLanguage,
  defaultPath: string,
): OpenDialogOptions {
  return {
    title: desktopMessage(language, 'dialog.exportTitle'),
    buttonLabel: desktopMessage(language, 'dialog.exportButton'),
    defaultPath,
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  };
}

export function imageFileDialogOptions(
  language: UiLanguage,
  defaultPath: string,
): OpenDialogOptions {
  return {
    title: desktopMessage(language, 'dialog.imageTitle'),
    buttonLabel: desktopMessage(language, 'dialog.imageButton'),
    defaultPath,
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: desktopMessage(language, 'dialog.imageFilter'), extensions: IMAGE_EXTENSIONS },
    ],
  };
}

/**
 * The file dialog of "Insert image" in Electron. It lives in main so the
 * renderer never hands over a path: `image:choose-and-import` carries only the
 * article id, and main imports whatever the user picked here.
 */
import { BrowserWindow, dialog } from 'electron';
import type { UiLanguage } from '../../shared/settings';
import { imageFileDialogOptions } from './dialog-options';

export function createImageFileChooser(
  defaultPath: () => string,
  language: () => UiLanguage,
): () => Promise<string[]> {
  return async () => {
    const options = imageFileDialogOptions(language(), defaultPath());
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? [] : result.filePaths;
  };
}

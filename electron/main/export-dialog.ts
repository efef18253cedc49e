/**
 * The folder dialog of "Export HTML" in Electron. It lives in main so the
 * renderer never hands over a path: `article:export` carries only the article
 * id, and the destination is whatever the user picked here.
 */
import { BrowserWindow, dialog } from 'electron';
import type { UiLanguage } from '../../shared/settings';
import { exportFolderDialogOptions } from './dialog-options';

export function createExportFolderChooser(
  defaultPath: () => string,
  language: () => UiLanguage,
): () => Promise<string | null> {
  return async () => {
    const options = exportFolderDialogOptions(language(), defaultPath());
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}

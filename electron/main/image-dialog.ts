/**
 * The file dialog of "Insert image" in Electron. It lives in main so the
 * renderer never hands over a path: `image:choose-and-import` carries only the
 * article id, and main imports whatever the user picked here.
 */
import { BrowserWindow, dialog } from 'electron';

export function createImageFileChooser(defaultPath: () => string): () => Promise<string[]> {
  return async () => {
    const options: Electron.OpenDialogOptions = {
      title: 'Insert image',
      defaultPath: defaultPath(),
      properties: ['openFile', 'multiSelections'],
      // The importer sniffs the bytes whatever the extension says.
      filters: [{ name: 'Images', extensions: ['jpg', 'jpeg', 'png', 'webp', 'gif'] }],
    };
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? [] : result.filePaths;
  };
}

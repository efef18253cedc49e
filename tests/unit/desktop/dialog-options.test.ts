/**
 * Main's "Export HTML" and "Insert image" dialogs speak the UI language, as
 * the menus and the "Open library" dialog do.
 */
import { describe, expect, it } from 'vitest';
import {
  exportFolderDialogOptions,
  imageFileDialogOptions,
} from '../../../electron/main/dialog-options';

describe('file dialog options', () => {
  it('are in Vietnamese for a Vietnamese UI', () => {
    const exportDialog = exportFolderDialogOptions('vi', '/home/pv/Documents');
    expect([exportDialog.title, exportDialog.buttonLabel]).toEqual(['Xuất HTML', 'Xuất']);
    const imageDialog = imageFileDialogOptions('vi', '/home/pv/Pictures');
    expect([imageDialog.title, imageDialog.buttonLabel, imageDialog.filters?.[0]?.name]).toEqual([
      'Chèn ảnh',
      'Chèn',
      'Ảnh',
    ]);
  });

  it('are in English for an English UI, with the same folders and image types', () => {
    expect(exportFolderDialogOptions('en', '/home/pv/Documents')).toMatchObject({
      title: 'Export HTML',
      buttonLabel: 'Export',
      defaultPath: '/home/pv/Documents',
      properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
    });
    expect(imageFileDialogOptions('en', '/home/pv/Pictures')).toMatchObject({
      title: 'Insert image',
      defaultPath: '/home/pv/Pictures',
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Images', extensions: ['jpg', 'jpeg', 'png', 'webp', 'gif'] }],
    });
  });
});

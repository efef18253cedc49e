import { describe, expect, it } from 'vitest';
import {
  buildContextMenuTemplate,
  type ContextMenuFacts,
} from '../../../electron/main/context-menu-template';

const field: ContextMenuFacts = {
  isEditable: true,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
};

describe('text field context menu', () => {
  it('offers cut, copy, paste, paste as plain text and select all, enabled as Chromium says', () => {
    const menu = buildContextMenuTemplate(field, 'en')!;
    expect(menu.map((item) => item.role ?? item.type)).toEqual([
      'cut',
      'copy',
      'paste',
      'pasteAndMatchStyle',
      'separator',
      'selectAll',
    ]);
    expect(menu.find((item) => item.id === 'cut')?.enabled).toBe(false);
    expect(menu.find((item) => item.id === 'paste-plain')).toMatchObject({
      enabled: true,
      label: 'Paste as plain text',
    });
  });

  it('puts spelling suggestions first, in the UI language', () => {
    const menu = buildContextMenuTemplate(
      { ...field, misspelledWord: 'hoá', dictionarySuggestions: ['hóa', 'hoa'] },
      'vi',
    )!;
    expect(menu.slice(0, 4)).toEqual([
      { id: 'suggestion-0', label: 'hóa', replaceWith: 'hóa' },
      { id: 'suggestion-1', label: 'hoa', replaceWith: 'hoa' },
      { id: 'add-to-dictionary', label: 'Thêm vào từ điển', addToDictionary: 'hoá' },
      { type: 'separator' },
    ]);
    expect(menu.find((item) => item.id === 'paste-plain')?.label).toBe('Dán dạng văn bản thuần');
  });

  it('says when a misspelled word has no suggestions', () => {
    const menu = buildContextMenuTemplate({ ...field, misspelledWord: 'xyzq' }, 'en')!;
    expect(menu[0]).toEqual({
      id: 'no-suggestions',
      label: 'No spelling suggestions',
      enabled: false,
    });
  });

  it('offers only Copy on selected read-only text, and nothing on empty read-only space', () => {
    const readOnly = { ...field, isEditable: false };
    expect(buildContextMenuTemplate(readOnly, 'en')).toBeNull();
    const copy = buildContextMenuTemplate(
      { ...readOnly, selectionText: 'Hà Nội', editFlags: { ...field.editFlags, canCopy: true } },
      'en',
    );
    expect(copy).toEqual([{ id: 'copy', role: 'copy', label: 'Copy', enabled: true }]);
  });
});

/**
 * The context menu of text fields, as plain data from Electron's `context-menu`
 * event parameters (pure and tested under plain Node; context-menu.ts applies
 * it). Spelling suggestions come first, as in other editors, when Chromium's
 * spellchecker offers them (the Vietnamese issue turns the spellchecker on).
 */
import { desktopMessage } from '../../shared/i18n/desktop-messages';
import type { UiLanguage } from '../../shared/settings';
import type { MenuItemSpec } from './menu-template';
import { ACCELERATORS } from '../../shared/desktop/shortcuts';

/** The fields of Electron's ContextMenuParams this menu reads. */
export interface ContextMenuFacts {
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export type ContextMenuItemSpec = MenuItemSpec & {
  /** A suggestion to put in place of the misspelled word. */
  replaceWith?: string;
  addToDictionary?: string;
};

/** null where no menu should open (nothing to cut, copy or paste). */
export function buildContextMenuTemplate(
  facts: ContextMenuFacts,
  language: UiLanguage,
): ContextMenuItemSpec[] | null {
  const t = (key: Parameters<typeof desktopMessage>[1]) => desktopMessage(language, key);
  const flags = facts.editFlags;
  if (!facts.isEditable) {
    if (!facts.selectionText.trim()) return null;
    return [{ id: 'copy', role: 'copy', label: t('menu.copy'), enabled: flags.canCopy }];
  }

  const spelling: ContextMenuItemSpec[] = [];
  if (facts.misspelledWord) {
    const suggestions = facts.dictionarySuggestions.slice(0, 5);
    if (suggestions.length === 0)
      spelling.push({ id: 'no-suggestions', label: t('context.noSuggestions'), enabled: false });
    suggestions.forEach((word, index) =>
      spelling.push({ id: `suggestion-${index}`, label: word, replaceWith: word }),
    );
    spelling.push({
      id: 'add-to-dictionary',
      label: t('context.addToDictionary'),
      addToDictionary: facts.misspelledWord,
    });
    spelling.push({ type: 'separator' });
  }

  return [
    ...spelling,
    {
      id: 'cut',
      role: 'cut',
      label: t('menu.cut'),
      accelerator: ACCELERATORS.cut,
      enabled: flags.canCut,
    },
    {
      id: 'copy',
      role: 'copy',
      label: t('menu.copy'),
      accelerator: ACCELERATORS.copy,
      enabled: flags.canCopy,
    },
    {
      id: 'paste',
      role: 'paste',
      label: t('menu.paste'),
      accelerator: ACCELERATORS.paste,
      enabled: flags.canPaste,
    },
    {
      id: 'paste-plain',
      role: 'pasteAndMatchStyle',
      label: t('menu.pastePlain'),
      accelerator: ACCELERATORS.pastePlain,
      enabled: flags.canPaste,
    },
    { type: 'separator' },
    {
      id: 'select-all',
      role: 'selectAll',
      label: t('menu.selectAll'),
      accelerator: ACCELERATORS.selectAll,
      enabled: flags.canSelectAll,
    },
  ];
}

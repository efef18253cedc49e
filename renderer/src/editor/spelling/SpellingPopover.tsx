/** The suggestions for one misspelled syllable: a small menu at the word. */
import { useEffect, useMemo, useRef } from 'react';
import { suggestSyllables } from '../../../../shared/text/syllables';
import { useI18n } from '../../i18n/I18nProvider';
import { useHouseStyle } from '../../house-style/HouseStyleContext';
import { isComposingKey } from '../../app/keys';
import type { Misspelling } from './find-misspellings';
import type { OpenPopover } from './SpellingPlugin';

export function SpellingPopover({
  open,
  onReplace,
  onIgnore,
  onClose,
}: {
  open: OpenPopover;
  onReplace: (entry: Misspelling, replacement: string) => void;
  onIgnore: (entry: Misspelling) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const { toneStyle } = useHouseStyle();
  const suggestions = useMemo(
    () => suggestSyllables(open.entry.word, undefined, toneStyle),
    [open.entry.word, toneStyle],
  );

  useEffect(() => {
    if (open.focus) ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    // A click anywhere else closes the menu, as a context menu does.
    const onPointerDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open, onClose]);

  return (
    <div
      ref={ref}
      className="spelling-popover"
      role="menu"
      aria-label={t('spelling.suggestions')}
      style={{ left: open.x, top: open.y }}
      // The focus taken elsewhere closes the menu too, as menus do (after a
      // Tab it stayed open over the byline the focus went to).
      onBlur={(event) => {
        if (!ref.current?.contains(event.relatedTarget as Node | null)) onClose();
      }}
      onKeyDown={(event) => {
        if (isComposingKey(event.nativeEvent)) return;
        // Escape, and Tab as in a menu, close it and give the caret back to the word.
        if (event.key === 'Escape' || event.key === 'Tab') {
          event.preventDefault();
          onClose();
        } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          const items = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
          const at = items.indexOf(document.activeElement as HTMLButtonElement);
          const next = (at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
          items[next]?.focus();
        }
      }}
    >
      {suggestions.length === 0 && (
        <p className="spelling-none" role="none">
          {t('spelling.none')}
        </p>
      )}
      {suggestions.map((suggestion) => (
        <button
          key={suggestion}
          type="button"
          role="menuitem"
          lang="vi"
          onClick={() => onReplace(open.entry, suggestion)}
        >
          {suggestion}
        </button>
      ))}
      <button type="button" role="menuitem" onClick={() => onIgnore(open.entry)}>
        {t('spelling.ignore')}
      </button>
    </div>
  );
}

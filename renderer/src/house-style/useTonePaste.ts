/**
 * Text pasted into a short field (headline, sapo, byline, a figure's or a
 * related item's fields) takes the house tone-mark style, as text pasted into
 * the body does (editor/plugins/PasteToneStylePlugin.tsx; issue #7: "paste
 * and import apply it; text is never rewritten while the reporter types").
 *
 * Only when the clipboard's text would change is the paste taken over, and the
 * respelled text goes in through the browser's own `insertText` command: the
 * field's input event, maxlength and undo (Ctrl+Z takes the paste back) work
 * as for any paste. `execCommand` is deprecated but is the one way to insert
 * into a text field with its undo stack intact, and Chromium keeps it.
 */
import { useCallback, type ClipboardEvent } from 'react';
import { normaliseText } from '../../../shared/text/normalise-article';
import { useHouseStyle } from './HouseStyleContext';

export function useTonePaste({ oneLine = false }: { oneLine?: boolean } = {}): (
  event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>,
) => void {
  const { toneStyle } = useHouseStyle();
  return useCallback(
    (event) => {
      const text = event.clipboardData.getData('text/plain');
      if (text === '') return;
      // A one-line field (the headline) takes pasted lines joined by spaces,
      // inserted the same undoable way rather than fixed after the fact.
      const joined = oneLine ? text.replace(/\r\n?|\n/g, ' ') : text;
      const respelled = normaliseText(joined, toneStyle);
      if (respelled === text) return;
      event.preventDefault();
      document.execCommand('insertText', false, respelled);
    },
    [oneLine, toneStyle],
  );
}

/**
 * Pasted text takes the house tone-mark style (issue #7: "paste and import
 * apply it; text is never rewritten while the reporter types").
 *
 * Only what is pasted is respelled, never the text around the caret, and the
 * typing path is not involved at all (no TextNode transform: registered from a
 * plugin, one would also re-process every text node of the article on open):
 * - rich pastes (HTML, Lexical JSON) are cleaned by the paste sanitizer
 *   (editor/paste/) and reach the document as nodes through Lexical's
 *   SELECTION_INSERT_CLIPBOARD_NODES_COMMAND: their text nodes are respelled
 *   there, before insertion;
 * - plain-text pastes, which the sanitizer lets through untouched, are
 *   inserted here from a respelled copy of the clipboard text, in an update
 *   tagged 'paste' like Lexical's own (its own undo step);
 * - except a web address on its own: it is not prose (respelled, a
 *   vi.wikipedia.org/wiki/Hoà_Bình link points elsewhere), and taking the
 *   paste here would keep the link plugin from linking the selected words
 *   with it, replacing them instead. Lexical inserts it (NFC by the body's
 *   text transform).
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isElementNode,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  PASTE_TAG,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
  type LexicalNode,
} from 'lexical';
import { mergeRegister, objectKlassEquals } from '@lexical/utils';
import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { normaliseText } from '../../../../shared/text/normalise-article';
import type { ToneStyle } from '../../../../shared/text/tone-marks';
import { useHouseStyle } from '../../house-style/HouseStyleContext';
import { isAllowedLinkUrl } from '../link-url';

function $respell(node: LexicalNode, style: ToneStyle): void {
  if ($isTextNode(node)) {
    const text = node.getTextContent();
    const next = normaliseText(text, style);
    if (next !== text) node.setTextContent(next);
  } else if ($isElementNode(node)) {
    for (const child of node.getChildren()) $respell(child, style);
  }
}

/** A plain-text-only clipboard (the only kind the sanitizer leaves to Lexical as is). */
function isPlainText(data: DataTransfer): boolean {
  return (
    data.files.length === 0 &&
    data.types.every((type) => type === 'text/plain' || type === 'text/uri-list')
  );
}

/** One link the body would accept, and nothing else (no spaces, no second line). */
function isWebAddress(text: string): boolean {
  const trimmed = text.trim();
  return !/\s/.test(trimmed) && isAllowedLinkUrl(trimmed);
}

export function PasteToneStylePlugin(): null {
  const [editor] = useLexicalComposerContext();
  const { toneStyle } = useHouseStyle();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
          ({ nodes }) => {
            for (const node of nodes) $respell(node, toneStyle);
            return false;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        // Below the sanitizer (CRITICAL), which takes every paste carrying markup.
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            if (!objectKlassEquals(event, ClipboardEvent)) return false;
            const data = (event as ClipboardEvent).clipboardData;
            if (data === null || !isPlainText(data)) return false;
            const text = data.getData('text/plain');
            if (isWebAddress(text)) return false;
            const next = normaliseText(text, toneStyle);
            if (next === text) return false;
            event.preventDefault();
            const transfer = new DataTransfer();
            transfer.setData('text/plain', next);
            editor.update(
              () => {
                const selection = $getSelection();
                if (selection !== null) $insertDataTransferForRichText(transfer, selection, editor);
              },
              { tag: PASTE_TAG },
            );
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor, toneStyle],
  );
  return null;
}

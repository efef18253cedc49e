/**
 * Keeps the body's text in NFC as the user types (TOOLCHAIN.md: Lexical stores
 * what it gets, and Windows' Vietnamese keyboard can give decomposed text).
 * It never touches a node while an IME is composing (PITFALLS: rewriting text
 * near the caret mid-composition corrupts Vietnamese input); composition end
 * commits the text in a new update, which runs the transform again.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, TextNode, type PointType } from 'lexical';

/** Where `offset` in `text` lands once the text is normalised. */
export function nfcOffset(text: string, offset: number): number {
  return text.slice(0, offset).normalize('NFC').length;
}

function $normalizeTextNode(node: TextNode): void {
  const text = node.getTextContent();
  const normalized = text.normalize('NFC');
  if (normalized === text) return;

  const selection = $getSelection();
  const key = node.getKey();
  const mapPoint = (point: PointType): number | null =>
    point.key === key && point.type === 'text' ? nfcOffset(text, point.offset) : null;
  const anchorOffset = $isRangeSelection(selection) ? mapPoint(selection.anchor) : null;
  const focusOffset = $isRangeSelection(selection) ? mapPoint(selection.focus) : null;

  node.setTextContent(normalized);
  if ($isRangeSelection(selection)) {
    if (anchorOffset !== null) selection.anchor.set(key, anchorOffset, 'text');
    if (focusOffset !== null) selection.focus.set(key, focusOffset, 'text');
  }
}

export function NfcPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerNodeTransform(TextNode, (node) => {
        if (editor.isComposing()) return;
        $normalizeTextNode(node);
      }),
    [editor],
  );
  return null;
}

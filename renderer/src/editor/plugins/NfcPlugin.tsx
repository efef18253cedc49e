/**
 * Keeps the body's text in NFC as the user types (TOOLCHAIN.md: Lexical stores
 * what it gets, and Windows' Vietnamese keyboard can give decomposed text).
 * It never touches a node while an IME is composing (PITFALLS: rewriting text
 * near the caret mid-composition corrupts Vietnamese input); composition end
 * commits the text in a new update, which runs the transform again.
 *
 * Registered by editor-config.ts before the saved body is parsed, not from a
 * plugin's effect: registering a transform on an editor that already holds the
 * body makes Lexical mark every text node dirty and run a second full update
 * (≈ 25 ms of opening a 10,000-word article). The parse then runs it once per
 * text node, which also normalises a body saved decomposed by another tool.
 */
import {
  $getSelection,
  $isRangeSelection,
  TextNode,
  type LexicalEditor,
  type PointType,
} from 'lexical';

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

export function registerNfcTransform(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(TextNode, (node) => {
    if (editor.isComposing()) return;
    $normalizeTextNode(node);
  });
}

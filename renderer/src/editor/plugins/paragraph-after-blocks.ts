/** Where the reporter's words go when figures or related-news boxes are selected as a whole. */
import {
  $createParagraphNode,
  $getSelection,
  $isDecoratorNode,
  $isNodeSelection,
  type ParagraphNode,
} from 'lexical';

/**
 * When blocks are selected as a whole (one, or several with Shift+click): a
 * new paragraph after the last of them, selected; the blocks stay. Inside an
 * update.
 */
export function $paragraphAfterSelectedBlock(): ParagraphNode | null {
  const selection = $getSelection();
  if (!$isNodeSelection(selection)) return null;
  const nodes = selection.getNodes();
  if (nodes.length === 0) return null;
  if (!nodes.every((node) => $isDecoratorNode(node) && !node.isInline())) return null;
  const last = nodes.reduce((latest, node) => (latest.isBefore(node) ? node : latest));
  const paragraph = $createParagraphNode();
  last.insertAfter(paragraph);
  paragraph.select();
  return paragraph;
}

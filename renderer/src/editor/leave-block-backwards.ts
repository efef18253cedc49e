/**
 * Shift+Tab from a block's first field (a figure's caption, a related-news
 * box's heading): back to the text before the block. The focusable before
 * that field is the body's own element (the block is inside it), and the
 * browser, focusing it from the keyboard, put the caret at the body's very
 * start: the view jumped to the top and the next words went into the
 * article's first line, out of sight.
 *
 * The caret goes to the end of the block before, or, when that one takes no
 * caret (another photo) or there is none, just before the block, as the arrow
 * keys put it there.
 */
import { $getNodeByKey, $isElementNode, type LexicalEditor, type NodeKey } from 'lexical';
import { isComposingKey } from '../app/keys';

/** Whether the key is a plain Shift+Tab, not an input method's. */
export function isShiftTab(event: KeyboardEvent): boolean {
  return (
    event.key === 'Tab' &&
    event.shiftKey &&
    !event.ctrlKey &&
    !event.altKey &&
    !event.metaKey &&
    !isComposingKey(event)
  );
}

export function focusTextBefore(editor: LexicalEditor, nodeKey: NodeKey): void {
  // The body takes the focus first: while a block's field has it, Lexical
  // leaves the browser's selection alone.
  editor.getRootElement()?.focus({ preventScroll: true });
  editor.update(() => {
    const node = $getNodeByKey(nodeKey);
    if (node === null) return;
    const previous = node.getPreviousSibling();
    if ($isElementNode(previous)) previous.selectEnd();
    else {
      const index = node.getIndexWithinParent();
      node.getParent()?.select(index, index);
    }
  });
}

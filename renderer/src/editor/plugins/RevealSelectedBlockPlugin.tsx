/**
 * Keyboard users select a figure or a related-news box with the arrow keys
 * (Lexical makes a node selection of it). The caret's own moves scroll the
 * text into view, but a node selection does not: a block above or below the
 * screen was selected out of sight. This scrolls it just into view, and does
 * nothing when it is already on screen (a click); one taller than the room
 * under the bars is shown from its top.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isNodeSelection, type NodeKey } from 'lexical';

export function RevealSelectedBlockPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, prevEditorState }) => {
        const selectedBlock = (state: typeof editorState): NodeKey | null =>
          state.read(() => {
            const selection = $getSelection();
            if (!$isNodeSelection(selection)) return null;
            const nodes = selection.getNodes();
            return nodes.length === 1 ? nodes[0]!.getKey() : null;
          });
        const key = selectedBlock(editorState);
        if (key === null || key === selectedBlock(prevEditorState)) return;
        const element = editor.getElementByKey(key);
        if (!element) return;
        const scroller = element.closest<HTMLElement>('.workspace');
        const before = scroller?.scrollTop;
        element.scrollIntoView({ block: 'nearest' });
        if (!scroller || scroller.scrollTop === before) return;
        // Brought from out of sight, taller than the room under the sticky bars
        // (a wide photo at 1280 × 720): "nearest" showed its bottom and hid its
        // top, where it starts.
        const roomTop =
          scroller.getBoundingClientRect().top +
          (parseFloat(getComputedStyle(scroller).scrollPaddingTop) || 0);
        if (element.getBoundingClientRect().top < roomTop - 1)
          element.scrollIntoView({ block: 'start' });
      }),
    [editor],
  );
  return null;
}

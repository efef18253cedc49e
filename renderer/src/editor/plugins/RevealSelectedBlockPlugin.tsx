/**
 * Keyboard users select a figure or a related-news box with the arrow keys
 * (Lexical makes a node selection of it). The caret's own moves scroll the
 * text into view, but a node selection does not: a block above or below the
 * screen was selected out of sight. This scrolls it just into view, and does
 * nothing when it is already on screen (a click).
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
        editor.getElementByKey(key)?.scrollIntoView({ block: 'nearest' });
      }),
    [editor],
  );
  return null;
}

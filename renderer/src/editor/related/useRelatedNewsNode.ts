/**
 * The block's current data, re-read whenever Lexical reports the node mutated
 * (decorator-watch.ts). The snapshot is the node object of the latest editor
 * state: Lexical replaces it (getWritable) only when the block changes, so
 * unrelated typing elsewhere never re-renders the block.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import { $isRelatedNewsNode, RelatedNewsNode } from '../../../../shared/nodes/related-news-node';
import { watchNode } from '../decorator-watch';

export function useRelatedNewsNode(
  editor: LexicalEditor,
  nodeKey: NodeKey,
): RelatedNewsNode | null {
  const subscribe = useCallback(
    (onChange: () => void) => watchNode(editor, RelatedNewsNode, nodeKey, onChange),
    [editor, nodeKey],
  );
  const read = useCallback(
    () =>
      editor.getEditorState().read(() => {
        const node = $getNodeByKey(nodeKey);
        return $isRelatedNewsNode(node) ? node : null;
      }),
    [editor, nodeKey],
  );
  return useSyncExternalStore(subscribe, read);
}

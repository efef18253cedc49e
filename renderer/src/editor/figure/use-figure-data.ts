/**
 * The figure's current data, read from the editor state and re-read whenever
 * Lexical reports the node mutated (decorator-watch.ts), so the view follows
 * undo/redo, moves and edits made anywhere. Null once the node is gone (the
 * view is about to unmount).
 */
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import { $isFigureNode, FigureNode, type FigureData } from '../../../../shared/nodes/figure-node';
import { watchNode } from '../decorator-watch';

export interface FigureSnapshot extends FigureData {
  /** No block above / below: the move buttons are disabled. */
  first: boolean;
  last: boolean;
}

export function useFigureData(editor: LexicalEditor, nodeKey: NodeKey): FigureSnapshot | null {
  const last = useRef<FigureSnapshot | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => watchNode(editor, FigureNode, nodeKey, onChange),
    [editor, nodeKey],
  );
  const getSnapshot = useCallback(() => {
    const next = editor.getEditorState().read(() => {
      const node = $getNodeByKey(nodeKey);
      if (!$isFigureNode(node)) return null;
      return {
        ...node.getData(),
        first: node.getPreviousSibling() === null,
        last: node.getNextSibling() === null,
      };
    });
    // Same values, same object: useSyncExternalStore re-renders only on a real change.
    if (sameData(last.current, next)) return last.current;
    last.current = next;
    return next;
  }, [editor, nodeKey]);
  return useSyncExternalStore(subscribe, getSnapshot);
}

function sameData(a: FigureSnapshot | null, b: FigureSnapshot | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.first === b.first &&
    a.last === b.last &&
    a.assetId === b.assetId &&
    a.width === b.width &&
    a.height === b.height &&
    a.layout === b.layout &&
    a.caption === b.caption &&
    a.credit === b.credit &&
    a.alt === b.alt
  );
}

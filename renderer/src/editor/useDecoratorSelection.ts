/**
 * `useLexicalNodeSelection` for block views, on the shared selection watch
 * (decorator-watch.ts) instead of one update listener per view. Same
 * contract: [selected, setSelected, clearSelection]; setting and clearing
 * behave as Lexical's hook does.
 */
import { useCallback, useSyncExternalStore } from 'react';
import {
  $createNodeSelection,
  $getNodeByKey,
  $getSelection,
  $isNodeSelection,
  $setSelection,
  type LexicalEditor,
  type NodeKey,
  type NodeSelection,
} from 'lexical';
import { isDecoratorSelected, watchDecoratorSelected } from './decorator-watch';

export function useDecoratorSelection(
  editor: LexicalEditor,
  key: NodeKey,
): [boolean, (selected: boolean) => void, () => void] {
  const subscribe = useCallback(
    (onChange: () => void) => watchDecoratorSelected(editor, key, onChange),
    [editor, key],
  );
  const selected = useSyncExternalStore(subscribe, () => isDecoratorSelected(editor, key));

  const setSelected = useCallback(
    (select: boolean) => {
      editor.update(() => {
        const current = $getSelection();
        let selection: NodeSelection;
        if ($isNodeSelection(current)) {
          selection = current;
        } else {
          // Deselecting a node the caret's selection does not cover: keep the caret.
          const node = select ? null : $getNodeByKey(key);
          if (node !== null && !node.isSelected()) return;
          selection = $createNodeSelection();
          $setSelection(selection);
        }
        if (select) selection.add(key);
        else selection.delete(key);
      });
    },
    [editor, key],
  );

  const clearSelection = useCallback(() => {
    editor.update(() => {
      const selection = $getSelection();
      if ($isNodeSelection(selection)) selection.clear();
    });
  }, [editor]);

  return [selected, setSelected, clearSelection];
}

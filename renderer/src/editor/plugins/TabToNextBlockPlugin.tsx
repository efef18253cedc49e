/**
 * Tab in the body's text goes to the first field of the next figure or
 * related-news box after the caret (the selected block's own, when one is
 * selected), else out of the body, to the field after it (the byline). In a
 * list item that can be nested, Tab nests it instead (ListTabPlugin).
 *
 * The body's element holds the blocks' fields, so the browser's own Tab went
 * to the first field inside it in the document, whichever block that was: a
 * caption far above or below the caret, the view jumping there, and a
 * reporter who indents paragraphs with Tab, as in Word, typed the rest of the
 * paragraph into that caption.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getRoot,
  $getSelection,
  $isDecoratorNode,
  $isNodeSelection,
  $isRangeSelection,
  $isRootNode,
  COMMAND_PRIORITY_LOW,
  KEY_TAB_COMMAND,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { firstFocusableAfter, firstFocusableIn } from '../../app/focusable';
import { isComposingKey } from '../../app/keys';
import { showWithin } from '../reveal-queue';

/** The top-level blocks from the caret on: the caret's own block excluded, a selected block included. */
function $blocksAhead(): NodeKey[] {
  const selection = $getSelection();
  let first: LexicalNode | null = null;
  if ($isNodeSelection(selection)) {
    first = selection.getNodes()[0]?.getTopLevelElement() ?? selection.getNodes()[0] ?? null;
  } else if ($isRangeSelection(selection)) {
    const { focus } = selection;
    const node = focus.getNode();
    first = $isRootNode(node)
      ? $getRoot().getChildAtIndex(focus.offset)
      : (node.getTopLevelElement()?.getNextSibling() ?? null);
  }
  const keys: NodeKey[] = [];
  for (let block = first; block !== null; block = block.getNextSibling())
    if ($isDecoratorNode(block) && !block.isInline()) keys.push(block.getKey());
  return keys;
}

function tabTarget(editor: LexicalEditor, root: HTMLElement): HTMLElement | null {
  for (const key of editor.getEditorState().read($blocksAhead)) {
    const element = editor.getElementByKey(key);
    if (element === null) continue;
    // A block far below may not have its view or fields made yet (reveal-queue.ts).
    showWithin(element);
    const field = firstFocusableIn(element);
    if (field !== null) return field;
  }
  return firstFocusableAfter(root);
}

export function TabToNextBlockPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          const root = editor.getRootElement();
          if (root === null || event.target !== root || event.shiftKey || isComposingKey(event))
            return false;
          const target = tabTarget(editor, root);
          if (target === null) return false;
          event.preventDefault();
          target.focus();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}

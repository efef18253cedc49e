/**
 * Tab in a list item nests it under the item above, and Shift+Tab in a nested
 * item brings it back out one level, as in Word and Google Docs. The export
 * publishes a nested list inside the item above (shared/export/lists.ts), but
 * nothing in the editor made one: Tab left the body for the byline
 * (TabToNextBlockPlugin) and the rest of the item was typed there.
 *
 * Only where there is something to do: Tab in a list's first item (no item to
 * nest under) and Shift+Tab at the top level keep moving the focus, so the
 * keyboard is never trapped in the body. Stands aside while an IME composes.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_NORMAL,
  INDENT_CONTENT_COMMAND,
  KEY_TAB_COMMAND,
  OUTDENT_CONTENT_COMMAND,
} from 'lexical';
import { $isListItemNode, ListItemNode } from '@lexical/list';
import { $getNearestNodeOfType } from '@lexical/utils';
import { isComposingKey } from '../../app/keys';

/** Whether the caret's list item can go one level in (Tab) or out (Shift+Tab). */
function $canMoveItem(outwards: boolean): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  // Tab: the selection's first item, not its anchor. Made upwards (Shift+Up
  // into the list's first item), the anchor is in a later item, and the first
  // one was nested under nothing (published as an empty bullet).
  const point = !outwards && selection.isBackward() ? selection.focus : selection.anchor;
  const item = $getNearestNodeOfType(point.getNode(), ListItemNode);
  if (item === null) return false;
  return outwards ? item.getIndent() > 0 : $isListItemNode(item.getPreviousSibling());
}

export function ListTabPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      // Before TabToNextBlockPlugin (priority low), which would move the focus on.
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event) => {
          // A key in a figure's or a related-news box's own field is theirs.
          if (event.target !== editor.getRootElement() || isComposingKey(event)) return false;
          if (!$canMoveItem(event.shiftKey)) return false;
          event.preventDefault();
          return editor.dispatchCommand(
            event.shiftKey ? OUTDENT_CONTENT_COMMAND : INDENT_CONTENT_COMMAND,
            undefined,
          );
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );
  return null;
}

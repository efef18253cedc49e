/**
 * Keys next to a figure or a related-news box, as Ghost's editor does them:
 *  - Backspace at the start of the paragraph after a block (or Delete at the
 *    end of the one before it) selects the block instead of deleting it in
 *    the same keystroke, caption, credit and items with it; a second press
 *    deletes it. An empty paragraph there goes, and the block is selected.
 *    Delete at the end of a list's last item before a block does the same, and
 *    so do the word and line deletions (Ctrl/Alt+Backspace and +Delete,
 *    Cmd+Backspace): a word deleted too many took the photo with its words.
 *  - Enter with blocks selected makes a paragraph after them and puts the
 *    caret in it (Lexical's own Enter made the paragraph but left the caret
 *    at the start of the next one, so the next letters went in front of it).
 * Keys of an input method composing are left alone.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createNodeSelection,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_ENTER_COMMAND,
  type DecoratorNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { isComposingKey } from '../../app/keys';
import { $paragraphAfterSelectedBlock } from './paragraph-after-blocks';

function isBlock(node: LexicalNode | null): node is DecoratorNode<unknown> {
  return $isDecoratorNode(node) && !node.isInline();
}

/**
 * The top-level text block the collapsed caret is at the start (or end) of,
 * with the block-level decorator on that side; null anywhere else.
 */
function $blockBesideCaret(
  side: 'before' | 'after',
): { paragraph: ElementNode; block: DecoratorNode<unknown> } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const { anchor } = selection;
  const node = anchor.getNode();
  const paragraph = node.getTopLevelElement();
  if (!$isElementNode(paragraph)) return null;
  // Backspace at the start of a list keeps Lexical's own handling (it turns the
  // first item into a paragraph). Delete at the end of its last item does not:
  // Lexical's removed the block after the list, a photo with its caption, credit
  // and alt, and merged a list after it into this one, in one keystroke.
  if (side === 'before' && paragraph.getType() === 'list') return null;
  const edge = side === 'before' ? paragraph.getFirstDescendant() : paragraph.getLastDescendant();
  const atEdge =
    side === 'before'
      ? anchor.offset === 0 && (node.is(paragraph) || node.is(edge))
      : node.is(paragraph)
        ? anchor.offset === paragraph.getChildrenSize()
        : node.is(edge) && anchor.offset === node.getTextContentSize();
  if (!atEdge) return null;
  const block = side === 'before' ? paragraph.getPreviousSibling() : paragraph.getNextSibling();
  return isBlock(block) ? { paragraph, block } : null;
}

function $selectInstead(side: 'before' | 'after'): boolean {
  const beside = $blockBesideCaret(side);
  if (!beside) return false;
  if (beside.paragraph.isEmpty()) beside.paragraph.remove();
  const selection = $createNodeSelection();
  selection.add(beside.block.getKey());
  $setSelection(selection);
  return true;
}

export function BlockDeleteGuardPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    /** A key aimed at the body itself (not a block's field, not an IME's) that `$act` handled. */
    const handledBy =
      ($act: () => boolean) =>
      (event: KeyboardEvent | null): boolean => {
        if (event === null || isComposingKey(event) || event.target !== editor.getRootElement())
          return false;
        if (!$act()) return false;
        event.preventDefault();
        return true;
      };
    return mergeRegister(
      editor.registerCommand(
        KEY_BACKSPACE_COMMAND,
        handledBy(() => $selectInstead('before')),
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_DELETE_COMMAND,
        handledBy(() => $selectInstead('after')),
        COMMAND_PRIORITY_HIGH,
      ),
      // Dispatched by Lexical's own key bindings and `beforeinput` on the body
      // only (never from a block's fields, whose keys Lexical does not see), with
      // the direction as payload; the key's default is already prevented.
      ...[DELETE_WORD_COMMAND, DELETE_LINE_COMMAND].map((command) =>
        editor.registerCommand(
          command,
          (isBackward: boolean) => $selectInstead(isBackward ? 'before' : 'after'),
          COMMAND_PRIORITY_HIGH,
        ),
      ),
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        handledBy(() => $paragraphAfterSelectedBlock() !== null),
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor]);
  return null;
}

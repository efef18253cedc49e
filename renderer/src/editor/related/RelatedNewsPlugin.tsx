/**
 * "Insert related news": a block headed "Tin liên quan" with one empty item,
 * placed after the block the caret is in (never splitting it), its heading
 * focused once it appears.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  type LexicalCommand,
} from 'lexical';
import { DEFAULT_RELATED_HEADING } from '../../../../shared/article/blocks';
import { $createRelatedNewsNode } from '../../../../shared/nodes/related-news-node';
import { emptyRelatedItem } from '../../../../shared/related/items';
import { breakTypingRun } from './block-edits';
import { focusWhenMounted } from './pending-focus';

export const INSERT_RELATED_NEWS_COMMAND: LexicalCommand<void> = createCommand(
  'INSERT_RELATED_NEWS_COMMAND',
);

/** Inserts the block after the caret's top-level block; returns the new node's key. */
export function $insertRelatedNews(): string {
  const node = $createRelatedNewsNode(DEFAULT_RELATED_HEADING, [emptyRelatedItem()]);
  const selection = $getSelection();
  const block = $isRangeSelection(selection)
    ? selection.focus.getNode().getTopLevelElement()
    : null;
  if (block === null) {
    $insertNodeToNearestRoot(node);
    return node.getKey();
  }
  // The box goes after the caret's block, never splitting it, and the text
  // after the box is a plain paragraph: split at its end, a list or a heading
  // left an empty bullet or sub-heading there, and the words typed after the
  // box came out as a list item or a heading.
  block.insertAfter(node);
  const after = $createParagraphNode();
  node.insertAfter(after);
  after.select();
  return node.getKey();
}

export function RelatedNewsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        INSERT_RELATED_NEWS_COMMAND,
        () => {
          breakTypingRun();
          editor.update(() => focusWhenMounted($insertRelatedNews()));
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}

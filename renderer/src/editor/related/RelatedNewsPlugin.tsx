/**
 * "Insert related news": a block headed "Tin liên quan" with one empty item,
 * placed after the block the caret is in (never splitting it), its heading
 * focused once it appears.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import {
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
  const selection = $getSelection();
  if ($isRangeSelection(selection)) {
    // Moving the caret to the end of its block makes the insertion land after
    // the block instead of splitting the paragraph being written.
    const block = selection.focus.getNode().getTopLevelElement();
    if (block !== null) block.selectEnd();
  }
  const node = $createRelatedNewsNode(DEFAULT_RELATED_HEADING, [emptyRelatedItem()]);
  $insertNodeToNearestRoot(node);
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

/**
 * A word composed by an input method right after a link (or right before one)
 * goes outside the link, as typed keys do. Lexical's RangeSelection.insertText
 * asks the link whether text may be added at its edge (LinkNode says no), but
 * its composition start asks only the text node inside: with the input methods
 * that compose (macOS and Windows' Vietnamese keyboards, IBus), the first word
 * typed after a link became part of the link, and was published as its text.
 *
 * Before Lexical's own handler runs, a caret at the edge of such an inline
 * element is moved to just outside it, in its parent: Lexical then starts the
 * composition in a new text node there (its "element anchor" case). The caret
 * does not move on the screen, and nothing changes for keys (PITFALLS: IME).
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_LOW,
  COMPOSITION_START_COMMAND,
} from 'lexical';

/** Where outside the inline element at the caret's edge the caret goes, or null to leave it. */
function $pointOutsideInlineEdge(): { key: string; offset: number } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const { anchor } = selection;
  const node = anchor.getNode();
  if (!$isTextNode(node)) return null;
  const parent = node.getParent();
  if (!$isElementNode(parent) || !parent.isInline()) return null;
  const outer = parent.getParent();
  if (outer === null) return null;
  const index = parent.getIndexWithinParent();
  const atEnd = anchor.offset === node.getTextContentSize() && node.getNextSibling() === null;
  if (atEnd && !parent.canInsertTextAfter()) return { key: outer.getKey(), offset: index + 1 };
  const atStart = anchor.offset === 0 && node.getPreviousSibling() === null;
  if (atStart && !parent.canInsertTextBefore()) return { key: outer.getKey(), offset: index };
  return null;
}

export function ComposeBesideLinkPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      // Above Lexical's own handler (priority editor), which it lets run.
      editor.registerCommand(
        COMPOSITION_START_COMMAND,
        () => {
          if (editor.isComposing()) return false;
          const point = $pointOutsideInlineEdge();
          const selection = $getSelection();
          if (point === null || !$isRangeSelection(selection)) return false;
          selection.anchor.set(point.key, point.offset, 'element');
          selection.focus.set(point.key, point.offset, 'element');
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}

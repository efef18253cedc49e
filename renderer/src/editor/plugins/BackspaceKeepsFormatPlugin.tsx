/**
 * Backspace keeps the format of the text it emptied, so Unikey-style input
 * methods keep bold, italic and underline.
 *
 * Unikey, EVKey and OpenKey type "ô" as "o", then Backspace and "ô"
 * (PITFALLS.md, "Vietnamese input"). After Ctrl+B the "o" is the only
 * character of a new bold text node; Lexical's Backspace removes that node and
 * the caret falls back into the plain text before it, so the "ô" — and the
 * rest of the word — came out plain; the other way round, a word begun right
 * after Ctrl+B turned bold off came out bold. Word processors keep the deleted
 * character's format for what is typed next; this plugin does the same, only
 * when the Backspace removed the caret's text node, and never while an IME is
 * composing. It does not cancel or change the Backspace itself.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_BACKSPACE_COMMAND,
  type NodeKey,
} from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { isComposingKey } from '../../app/keys';

interface Remembered {
  nodeKey: NodeKey;
  /** Where the caret landed after the deletion ("key:offset"), once known. */
  point: string | null;
  format: number;
  style: string;
}

export function BackspaceKeepsFormatPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let remembered: Remembered | null = null;
    return mergeRegister(
      // Runs before RichTextPlugin's handler (higher priority) and lets it act.
      editor.registerCommand(
        KEY_BACKSPACE_COMMAND,
        (event: KeyboardEvent) => {
          remembered = null;
          if (isComposingKey(event) || editor.isComposing()) return false;
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
          const node = selection.anchor.getNode();
          // Only a one-character node can vanish under a single Backspace.
          // Plain text too: after Ctrl+B turned bold off, the "o" is a plain node
          // after the bold word, and the "ơ" fell back into the bold.
          if (!$isTextNode(node) || node.getTextContentSize() !== 1) return false;
          remembered = {
            nodeKey: node.getKey(),
            point: null,
            format: node.getFormat(),
            style: node.getStyle(),
          };
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      // A format chosen there on purpose (Ctrl+B/I/U, the toolbar) is the one
      // wanted: re-applying the deleted letter's undid it, and "type a letter,
      // Backspace, Ctrl+B" typed plain text.
      editor.registerCommand(
        FORMAT_TEXT_COMMAND,
        () => {
          remembered = null;
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      // The format is kept for as long as the caret stays where the Backspace
      // left it: Lexical re-reads the format from the text beside the caret on
      // the selectionchange that follows the deletion, so it is re-applied then.
      editor.registerUpdateListener(({ editorState }) => {
        const pending = remembered;
        if (!pending) return;
        const state = editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed()) return 'moved';
          const point = `${selection.anchor.key}:${selection.anchor.offset}`;
          if (pending.point === null) {
            if ($getNodeByKey(pending.nodeKey) !== null) return 'moved';
            pending.point = point;
          } else if (pending.point !== point) return 'moved';
          return selection.format === pending.format && selection.style === pending.style
            ? 'kept'
            : 'lost';
        });
        if (state === 'moved') {
          remembered = null;
          return;
        }
        if (state === 'kept') return;
        editor.update(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || !selection.isCollapsed()) return;
          selection.format = pending.format;
          selection.style = pending.style;
        });
      }),
    );
  }, [editor]);
  return null;
}

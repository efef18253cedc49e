/**
 * Ctrl/Cmd+K opens the link dialog from the body's text (not with a block
 * selected). Bold/italic/underline and undo/redo come from RichTextPlugin and
 * HistoryPlugin; Ctrl/Cmd+S is global
 * (useSaveShortcut). Like every key handler of ours, it stands aside while an
 * IME is composing (PITFALLS: keyCode 229).
 *
 * Escape in the text leaves the caret where it is. Lexical's rich text blurs
 * the editor on Escape: the caret vanished and the next keys went nowhere, in
 * an app where Escape only ever closes what is open (the link dialog, the
 * spelling menu and the preview handle their own Escape first).
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  COMMAND_PRIORITY_NORMAL,
  KEY_ESCAPE_COMMAND,
  KEY_MODIFIER_COMMAND,
  mergeRegister,
} from 'lexical';
import { isComposingKey, isPrimaryShortcut } from '../../app/keys';

export function ShortcutsPlugin({ onOpenLink }: { onOpenLink: () => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_MODIFIER_COMMAND,
          (event: KeyboardEvent) => {
            if (isComposingKey(event) || !isPrimaryShortcut(event, 'k')) return false;
            event.preventDefault();
            // A link needs text. With a figure or related news selected the dialog
            // took an address, and Apply put it nowhere, without a word.
            if ($isRangeSelection($getSelection())) onOpenLink();
            return true;
          },
          COMMAND_PRIORITY_NORMAL,
        ),
        // Handled, with nothing done: rich text's blur (priority EDITOR) never runs.
        editor.registerCommand(KEY_ESCAPE_COMMAND, () => true, COMMAND_PRIORITY_LOW),
      ),
    [editor, onOpenLink],
  );
  return null;
}

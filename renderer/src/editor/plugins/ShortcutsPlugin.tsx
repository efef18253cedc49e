/**
 * Ctrl/Cmd+K opens the link dialog from the body. Bold/italic/underline and
 * undo/redo come from RichTextPlugin and HistoryPlugin; Ctrl/Cmd+S is global
 * (useSaveShortcut). Like every key handler of ours, it stands aside while an
 * IME is composing (PITFALLS: keyCode 229).
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_MODIFIER_COMMAND } from 'lexical';
import { isComposingKey, isPrimaryShortcut } from '../../app/keys';

export function ShortcutsPlugin({ onOpenLink }: { onOpenLink: () => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_MODIFIER_COMMAND,
        (event: KeyboardEvent) => {
          if (isComposingKey(event) || !isPrimaryShortcut(event, 'k')) return false;
          event.preventDefault();
          onOpenLink();
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor, onOpenLink],
  );
  return null;
}

/**
 * Tells autosave that the body changed. It passes no EditorState: serialising
 * happens once per save, not per keystroke. An update counts when it dirtied
 * nodes (selection-only updates dirty none), except:
 * - the initial load (the previous state is empty);
 * - before the user's first edit, updates tagged 'history-merge': Lexical's own
 *   work on mount (attaching the root element, plugins marking existing nodes
 *   dirty so their new transforms run), which changes no content.
 * After the first edit, 'history-merge' updates count too: when the editor is
 * unmounted Lexical commits any pending update under that tag, and that can
 * carry the user's last keystroke.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG } from 'lexical';

export function ChangePlugin({ onContentChange }: { onContentChange: () => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let edited = false;
    return editor.registerUpdateListener(
      ({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (prevEditorState.isEmpty()) return;
        if (!edited && tags.has(HISTORY_MERGE_TAG)) return;
        edited = true;
        onContentChange();
      },
    );
  }, [editor, onContentChange]);
  return null;
}

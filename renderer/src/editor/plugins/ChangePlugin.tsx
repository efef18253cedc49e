/**
 * Tells autosave that the body changed. Unlike OnChangePlugin it passes no
 * EditorState and ignores no tag: serialising happens once per save, not per
 * keystroke, and an update is a content change exactly when it dirtied nodes
 * (selection-only updates dirty none). The initial load is skipped.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';

export function ChangePlugin({ onContentChange }: { onContentChange: () => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (prevEditorState.isEmpty()) return;
        onContentChange();
      }),
    [editor, onContentChange],
  );
  return null;
}

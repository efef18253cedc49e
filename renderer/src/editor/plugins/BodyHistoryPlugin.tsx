/**
 * Lexical's HistoryPlugin, seeded with the article as it was opened. The plugin
 * records an undo step only once it has seen a state to go back to, and the
 * loaded body is set before it mounts: without the seed, the first edit after
 * opening an article (deleting a figure, say) could not be undone.
 */
import { useEffect, useMemo } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { createEmptyHistoryState } from '@lexical/history';
import { TYPING_MERGE_MS } from './typing-bursts';

export function BodyHistoryPlugin() {
  const [editor] = useLexicalComposerContext();
  const historyState = useMemo(() => createEmptyHistoryState(), []);
  useEffect(() => {
    // An empty state cannot be restored; by the time effects run the body is loaded.
    const loaded = editor.getEditorState();
    if (historyState.current === null && !loaded.isEmpty()) {
      historyState.current = { editor, editorState: loaded };
    }
  }, [editor, historyState]);
  return <HistoryPlugin externalHistoryState={historyState} delay={TYPING_MERGE_MS} />;
}

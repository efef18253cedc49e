/**
 * Work that follows the body's content, kept off the typing path: `task` runs
 * when the browser is idle, once now and again after each edit of the content
 * (not a mere caret move), and a burst of keystrokes costs one run. The counts
 * and the spelling check both work this way.
 */
import type { LexicalEditor } from 'lexical';
import { whenIdle, type CancelIdle } from '../app/idle';

export interface IdleAfterEdits {
  /** Asks for a run (again) at the next idle period; a run already asked for covers it. */
  schedule: () => void;
  dispose: () => void;
}

export function runIdleAfterEdits(
  editor: LexicalEditor,
  task: () => void,
  timeoutMs?: number,
): IdleAfterEdits {
  let cancel: CancelIdle | null = null;
  const schedule = () => {
    if (cancel) return;
    cancel = whenIdle(() => {
      cancel = null;
      task();
    }, timeoutMs);
  };
  schedule();
  const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
    if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
  });
  return {
    schedule,
    dispose: () => {
      unregister();
      cancel?.();
    },
  };
}

/**
 * Undo steps for typing in a figure's fields. Every change goes into the body's
 * one Lexical history (so Ctrl+Z in a caption undoes caption typing, and undoing
 * a deleted figure brings its words back). Typing in one field is grouped into
 * one step while it continues: a change to the same field within a second of the
 * previous one merges into it (HISTORY_MERGE_TAG); a pause, leaving the field,
 * another field, or an undo/redo starts a new step (HISTORY_PUSH_TAG).
 */
import { HISTORIC_TAG, HISTORY_MERGE_TAG, HISTORY_PUSH_TAG, type LexicalEditor } from 'lexical';

const MERGE_WINDOW_MS = 1000;

interface Burst {
  fieldId: string;
  at: number;
}

const bursts = new WeakMap<LexicalEditor, { current: Burst | null }>();

function burstOf(editor: LexicalEditor): { current: Burst | null } {
  let state = bursts.get(editor);
  if (!state) {
    const created: { current: Burst | null } = { current: null };
    // Undo and redo restore a state the burst no longer continues from.
    editor.registerUpdateListener(({ tags }) => {
      if (tags.has(HISTORIC_TAG)) created.current = null;
    });
    bursts.set(editor, created);
    state = created;
  }
  return state;
}

/** Applies one field edit in its own update, merged into the current typing step when it continues it. */
export function commitFieldEdit(editor: LexicalEditor, fieldId: string, apply: () => void): void {
  const state = burstOf(editor);
  const now = Date.now();
  const previous = state.current;
  const continues = previous?.fieldId === fieldId && now - previous.at < MERGE_WINDOW_MS;
  state.current = { fieldId, at: now };
  editor.update(apply, { tag: continues ? HISTORY_MERGE_TAG : HISTORY_PUSH_TAG });
}

export function endFieldBurst(editor: LexicalEditor): void {
  burstOf(editor).current = null;
}

/**
 * Undo steps for typing in a figure's fields. Every change goes into the body's
 * one Lexical history (so Ctrl+Z in a caption undoes caption typing, and undoing
 * a deleted figure brings its words back). Typing in one field is grouped into
 * one step while it continues: a change to the same field within a second of the
 * previous one merges into it (HISTORY_MERGE_TAG); a pause, leaving the field,
 * another field, an undo/redo, or any other change to the body in between (a
 * photo landing from an import) starts a new step (HISTORY_PUSH_TAG).
 */
import { HISTORIC_TAG, HISTORY_MERGE_TAG, HISTORY_PUSH_TAG, type LexicalEditor } from 'lexical';

const MERGE_WINDOW_MS = 1000;

/** Marks a field edit's own update, so the listener below tells it from other changes. */
const FIELD_EDIT_TAG = 'figure-field-edit';

interface Burst {
  fieldId: string;
  at: number;
}

const bursts = new WeakMap<LexicalEditor, { current: Burst | null }>();

function burstOf(editor: LexicalEditor): { current: Burst | null } {
  let state = bursts.get(editor);
  if (!state) {
    const created: { current: Burst | null } = { current: null };
    // Undo and redo restore a state the burst no longer continues from. Another
    // change in between (a photo landing while the caption was typed) is its own
    // step: merging the next keystroke into it made Ctrl+Z take the photo away.
    editor.registerUpdateListener(({ tags, dirtyElements, dirtyLeaves }) => {
      const changed = dirtyElements.size > 0 || dirtyLeaves.size > 0;
      if (tags.has(HISTORIC_TAG) || (changed && !tags.has(FIELD_EDIT_TAG))) created.current = null;
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
  editor.update(apply, {
    tag: [FIELD_EDIT_TAG, continues ? HISTORY_MERGE_TAG : HISTORY_PUSH_TAG],
  });
}

export function endFieldBurst(editor: LexicalEditor): void {
  burstOf(editor).current = null;
}

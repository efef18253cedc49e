/**
 * One undo step per run of typing, whatever the input method.
 *
 * Lexical's history merges an edit into the step before it only when both are
 * of the same kind (insert after insert, delete after delete). Unikey, EVKey
 * and OpenKey type "viết" as v, i, e, Backspace, ê, Backspace, ế, t: inserts
 * and deletes in turn, so every Backspace of a tone mark started a new undo
 * step, and Ctrl+Z went back through "viê", "vie", "vi" one press at a time,
 * where the same run typed without accents was one step. Here a keystroke's
 * edit (a few characters at most) in the same text node within TYPING_MERGE_MS
 * of the last one is marked to merge, so typing and the Backspaces within it are one step, as in
 * word processors. An undo or redo ends the run: the next keystroke starts a
 * step of its own (merging it would keep a redo that no longer applies).
 * A format or a link put on the letters just typed ends it too (it splits the
 * text node, which no keystroke does): each is its own undo step.
 * A paste or a cut also ends it, even of a word as short as a keystroke's edit
 * ("tăng"): each is its own undo step, as Lexical's history makes it, neither
 * merged into the typing before it nor taking in the typing after it.
 *
 * Registered by editor-config.ts before the body is parsed, as the other
 * transforms are (a transform registered later re-runs over every text node).
 */
import {
  $addUpdateTag,
  $hasUpdateTag,
  COMMAND_PRIORITY_CRITICAL,
  COMPOSITION_END_TAG,
  CUT_TAG,
  HISTORY_MERGE_TAG,
  PASTE_TAG,
  REDO_COMMAND,
  TextNode,
  UNDO_COMMAND,
  type EditorState,
  type LexicalEditor,
} from 'lexical';
import { mergeRegister } from '@lexical/utils';

/** Lexical's HistoryPlugin's own merge window, passed to it too (BodyHistoryPlugin). */
export const TYPING_MERGE_MS = 1000;

/** The most a keystroke's edit inserts or removes: an input method retyping a syllable's end. */
const MAX_KEYSTROKE_EDIT = 4;

/**
 * Whether `after` is `before` with one short stretch replaced, as a keystroke
 * of any input method makes it: Unikey's "ài" over "a", one Backspace, a
 * letter. A paste or a deleted selection is longer and starts its own step.
 */
export function isKeystrokeEdit(before: string, after: string): boolean {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix += 1;
  const removed = before.length - prefix - suffix;
  const inserted = after.length - prefix - suffix;
  return removed + inserted > 0 && removed <= MAX_KEYSTROKE_EDIT && inserted <= MAX_KEYSTROKE_EDIT;
}

/** Whether a sibling of `node` is new in this update: the node was split (a format, a link). */
function $splitOffThisUpdate(editor: LexicalEditor, node: TextNode): boolean {
  const committed = editor.getEditorState()._nodeMap;
  const previous = node.getPreviousSibling();
  const next = node.getNextSibling();
  return (
    (previous !== null && !committed.has(previous.getKey())) ||
    (next !== null && !committed.has(next.getKey()))
  );
}

export function registerTypingBursts(
  editor: LexicalEditor,
  now: () => number = () => performance.now(),
): () => void {
  let last: { key: string; at: number; update: EditorState | null } | null = null;
  const endRun = () => {
    last = null;
    return false;
  };
  return mergeRegister(
    editor.registerNodeTransform(TextNode, (node) => {
      const key = node.getKey();
      const at = now();
      const continues = last !== null && last.key === key && at - last.at < TYPING_MERGE_MS;
      // A word being composed (Telex, VNI through the system's IME) keeps the run
      // alive; Lexical keeps its updates out of the history.
      if (editor.isComposing()) {
        if (continues) last = { key, at, update: null };
        return;
      }
      if ($hasUpdateTag(PASTE_TAG) || $hasUpdateTag(CUT_TAG)) {
        last = null;
        return;
      }
      // Lexical may run a transform more than once in one update: decide once.
      const update = editor._pendingEditorState;
      if (last !== null && last.key === key && last.update === update) return;
      // The update that ends a composition carries the composed word: part of the run.
      const composed = $hasUpdateTag(COMPOSITION_END_TAG);
      // The committed state is the one before this update; its node holds the old text.
      const before = editor.getEditorState()._nodeMap.get(key);
      if (!composed && !(before instanceof TextNode && isKeystrokeEdit(before.__text, node.__text)))
        return;
      // Bold, italic, underline or a link over a few letters splits the node: it
      // loses them to a sibling new in this update, which no keystroke makes. Taken
      // for typing, Ctrl+B right after "Hà Nội" joined the run, and one Ctrl+Z
      // took the bold away with the words typed before it.
      if (!composed && $splitOffThisUpdate(editor, node)) {
        last = null;
        return;
      }
      last = { key, at, update };
      if (continues) $addUpdateTag(HISTORY_MERGE_TAG);
    }),
    editor.registerCommand(UNDO_COMMAND, endRun, COMMAND_PRIORITY_CRITICAL),
    editor.registerCommand(REDO_COMMAND, endRun, COMMAND_PRIORITY_CRITICAL),
  );
}

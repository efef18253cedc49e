/**
 * Every change to a related-news block goes through `editBlock`: one discrete
 * Lexical update, so the history plugin records it (undo/redo cover the block)
 * and the controlled fields re-render before the browser paints.
 *
 * Typing into one field makes an update per keystroke; consecutive keystrokes
 * in the same field are merged into one history entry (HISTORY_MERGE_TAG), the
 * way Lexical merges typing in the body, so one undo takes back a burst of
 * typing rather than one letter.
 */
import { $getNodeByKey, HISTORY_MERGE_TAG, type LexicalEditor, type NodeKey } from 'lexical';
import {
  $isRelatedNewsNode,
  type RelatedNewsNode,
} from '../../../../shared/nodes/related-news-node';

/** Typing pauses longer than this start a new undo step, like the body's own history delay. */
const MERGE_WINDOW_MS = 1000;

interface LastTyping {
  editor: LexicalEditor;
  field: string;
  at: number;
}

let lastTyping: LastTyping | null = null;

/** Ends the current typing run: the next keystroke starts its own undo step. */
export function breakTypingRun(): void {
  lastTyping = null;
}

/**
 * Applies `change` to the block `nodeKey`. `typingField` names the field being
 * typed into (e.g. `<itemKey>:headline`), for merging; structural edits (add,
 * move, remove, pick) pass nothing and always get their own undo step.
 */
export function editBlock(
  editor: LexicalEditor,
  nodeKey: NodeKey,
  change: (node: RelatedNewsNode) => void,
  typingField?: string,
): void {
  const now = Date.now();
  const merge =
    typingField !== undefined &&
    lastTyping !== null &&
    lastTyping.editor === editor &&
    lastTyping.field === `${nodeKey}:${typingField}` &&
    now - lastTyping.at < MERGE_WINDOW_MS;
  lastTyping =
    typingField === undefined ? null : { editor, field: `${nodeKey}:${typingField}`, at: now };
  editor.update(
    () => {
      const node = $getNodeByKey(nodeKey);
      if ($isRelatedNewsNode(node)) change(node);
    },
    merge ? { discrete: true, tag: HISTORY_MERGE_TAG } : { discrete: true },
  );
}

/**
 * What a block view (figure, related-news box) follows in the editor state —
 * its own node, and whether it is selected — through listeners every view of
 * an editor shares, so a keystroke in the text costs the views nothing.
 *
 * Each view used to register its own update listener and re-read its node on
 * every update, and Lexical's `useLexicalNodeSelection` asked each node
 * `isSelected()`, which walks `selection.getNodes()`: with 33 views that was
 * ≈ 0.25 ms of every keystroke, and ≈ 1.3 ms of every Shift+Arrow while the
 * whole article was selected (CPU profiles, docs/benchmarks.md, sixth pass).
 *
 * - A node's view is told when Lexical reports the node mutated (a mutation
 *   listener per node class). A node is replaced whenever it is written,
 *   including when a sibling is inserted or removed next to it (its
 *   `__prev`/`__next` change) and when undo/redo sets a whole editor state.
 * - The selected decorator keys are worked out once per update; a collapsed
 *   caret selects none, so typing does not walk the selection at all.
 */
import {
  $getSelection,
  $isDecoratorNode,
  $isRangeSelection,
  type Klass,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';

type Listeners = Map<NodeKey, Set<() => void>>;

interface EditorWatch {
  /** Views waiting for their node to change, by node class. */
  nodes: Map<Klass<LexicalNode>, Listeners>;
  selectionViews: Listeners;
  selected: ReadonlySet<NodeKey>;
  stopSelection: (() => void) | null;
}

const watches = new WeakMap<LexicalEditor, EditorWatch>();
const NONE: ReadonlySet<NodeKey> = new Set();

function watchOf(editor: LexicalEditor): EditorWatch {
  let watch = watches.get(editor);
  if (!watch) {
    watch = { nodes: new Map(), selectionViews: new Map(), selected: NONE, stopSelection: null };
    watches.set(editor, watch);
  }
  return watch;
}

function add(listeners: Listeners, key: NodeKey, onChange: () => void): () => void {
  let forKey = listeners.get(key);
  if (!forKey) listeners.set(key, (forKey = new Set()));
  forKey.add(onChange);
  return () => {
    forKey.delete(onChange);
    if (forKey.size === 0 && listeners.get(key) === forKey) listeners.delete(key);
  };
}

function notify(listeners: Listeners, key: NodeKey): void {
  const forKey = listeners.get(key);
  if (forKey) for (const onChange of [...forKey]) onChange();
}

/**
 * Calls `onChange` after every update that created, changed or destroyed the
 * node `key` of class `klass`. Returns the unsubscribe.
 */
export function watchNode(
  editor: LexicalEditor,
  klass: Klass<LexicalNode>,
  key: NodeKey,
  onChange: () => void,
): () => void {
  const watch = watchOf(editor);
  let listeners = watch.nodes.get(klass);
  if (!listeners) {
    const views: Listeners = new Map();
    listeners = views;
    watch.nodes.set(klass, views);
    // Kept for the editor's life: it only runs when a node of this class mutates.
    editor.registerMutationListener(
      klass,
      (mutations) => {
        for (const mutated of mutations.keys()) notify(views, mutated);
      },
      { skipInitialization: true },
    );
  }
  return add(listeners, key, onChange);
}

/**
 * The decorator nodes the selection covers, as `DecoratorNode.isSelected()`
 * would answer for each block decorator: a node selection's nodes, or those a
 * non-collapsed range selection spans.
 */
export function $selectedDecoratorKeys(): ReadonlySet<NodeKey> {
  const selection = $getSelection();
  if (selection === null) return NONE;
  if ($isRangeSelection(selection) && selection.isCollapsed()) return NONE;
  const keys = new Set<NodeKey>();
  for (const node of selection.getNodes()) if ($isDecoratorNode(node)) keys.add(node.getKey());
  return keys.size === 0 ? NONE : keys;
}

function sameKeys(a: ReadonlySet<NodeKey>, b: ReadonlySet<NodeKey>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a) if (!b.has(key)) return false;
  return true;
}

function startSelectionWatch(editor: LexicalEditor, watch: EditorWatch): () => void {
  watch.selected = editor.getEditorState().read($selectedDecoratorKeys);
  return editor.registerUpdateListener(({ editorState }) => {
    const before = watch.selected;
    const after = editorState.read($selectedDecoratorKeys);
    if (sameKeys(before, after)) return;
    watch.selected = after;
    for (const key of before) if (!after.has(key)) notify(watch.selectionViews, key);
    for (const key of after) if (!before.has(key)) notify(watch.selectionViews, key);
  });
}

/** Whether `key` is among the selected decorators (kept current while anyone watches). */
export function isDecoratorSelected(editor: LexicalEditor, key: NodeKey): boolean {
  const watch = watchOf(editor);
  return watch.stopSelection
    ? watch.selected.has(key)
    : editor.getEditorState().read($selectedDecoratorKeys).has(key);
}

/** Calls `onChange` when `key` becomes selected or stops being selected. */
export function watchDecoratorSelected(
  editor: LexicalEditor,
  key: NodeKey,
  onChange: () => void,
): () => void {
  const watch = watchOf(editor);
  watch.stopSelection ??= startSelectionWatch(editor, watch);
  const remove = add(watch.selectionViews, key, onChange);
  return () => {
    remove();
    if (watch.selectionViews.size === 0 && watch.stopSelection) {
      watch.stopSelection();
      watch.stopSelection = null;
      watch.selected = NONE;
    }
  };
}

/**
 * What the figures plugin shows while images are imported, and why one was
 * refused. Imports start in several places (toolbar, drop, paste, a figure's
 * Replace image), so they report to one small store per editor that the plugin
 * renders.
 */
import type { LexicalEditor } from 'lexical';
import type { ErrorMessage } from '../../i18n/error-text';

export interface ImportStatus {
  /** Images being read and stored right now. */
  pending: number;
  /**
   * Messages for the user, oldest first, until dismissed: each made in the
   * language the UI speaks when shown. Kept as sentences, they stayed in the
   * old language after a switch, beside a "Dismiss" in the new one.
   */
  errors: ErrorMessage[];
}

type Listener = (status: ImportStatus) => void;

interface Store {
  status: ImportStatus;
  listeners: Set<Listener>;
}

const stores = new WeakMap<LexicalEditor, Store>();

function storeOf(editor: LexicalEditor): Store {
  let store = stores.get(editor);
  if (!store) {
    store = { status: { pending: 0, errors: [] }, listeners: new Set() };
    stores.set(editor, store);
  }
  return store;
}

function update(editor: LexicalEditor, change: (status: ImportStatus) => ImportStatus): void {
  const store = storeOf(editor);
  store.status = change(store.status);
  for (const listener of store.listeners) listener(store.status);
}

export function subscribeImportStatus(editor: LexicalEditor, listener: Listener): () => void {
  const store = storeOf(editor);
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}

export function getImportStatus(editor: LexicalEditor): ImportStatus {
  return storeOf(editor).status;
}

/**
 * Counts `count` images as importing. `fileDone` counts one off as it lands,
 * so the count goes down as the photos arrive; `finish` counts off whatever
 * is left (an import cut short).
 */
export function beginImport(
  editor: LexicalEditor,
  count: number,
): { fileDone: () => void; finish: () => void } {
  update(editor, (status) => ({ ...status, pending: status.pending + count }));
  let left = count;
  const countOff = (n: number) => {
    const off = Math.min(n, left);
    if (off === 0) return;
    left -= off;
    update(editor, (status) => ({ ...status, pending: Math.max(0, status.pending - off) }));
  };
  return { fileDone: () => countOff(1), finish: () => countOff(left) };
}

export function reportImportError(editor: LexicalEditor, message: ErrorMessage): void {
  update(editor, (status) => ({ ...status, errors: [...status.errors, message] }));
}

export function dismissImportErrors(editor: LexicalEditor): void {
  update(editor, (status) => ({ ...status, errors: [] }));
}

/**
 * Keys inside the block's own fields. The fields live inside Lexical's
 * contenteditable, so without care Lexical would also see their keys: Backspace
 * in an empty field could delete the block (facebook/lexical #3488), arrows
 * could move the editor's selection. `shieldFromLexical` marks such events as
 * handled for Lexical's root listeners, without stopping them, so React and the
 * browser still do their normal work. Undo/redo inside a field go to Lexical's
 * history instead of the browser's per-input undo, so they cover the block.
 */
import { REDO_COMMAND, UNDO_COMMAND, stopLexicalPropagation, type LexicalEditor } from 'lexical';
import { historyKeyOf, isComposingKey } from '../../app/keys';
import { breakTypingRun } from './block-edits';

/** Events Lexical's root listens to that must not reach it from inside the block. */
const SHIELDED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'compositionstart',
  'compositionend',
  'paste',
  'copy',
  'cut',
  'dragstart',
  'dragover',
  'dragend',
  'drop',
] as const;

function isShielded(target: EventTarget | null, container: HTMLElement): boolean {
  // The block's chrome (its bar) stays Lexical's: there the block is selected as a whole.
  return (
    target instanceof Element &&
    container.contains(target) &&
    target.closest('[data-lexical-owned]') === null
  );
}

/** Installs the shield on the block's element; returns the cleanup. */
export function shieldFromLexical(container: HTMLElement): () => void {
  const listener = (event: Event) => {
    if (isShielded(event.target, container)) stopLexicalPropagation(event);
  };
  for (const name of SHIELDED_EVENTS) container.addEventListener(name, listener);
  return () => {
    for (const name of SHIELDED_EVENTS) container.removeEventListener(name, listener);
  };
}

/**
 * Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y in a field: Lexical's undo and redo.
 * Returns true when the key was handled. Never acts while an IME is composing.
 */
export function handleHistoryKey(event: KeyboardEvent, editor: LexicalEditor): boolean {
  if (isComposingKey(event)) return false;
  const key = historyKeyOf(event);
  if (key === null) return false;
  event.preventDefault();
  breakTypingRun();
  editor.dispatchCommand(key === 'undo' ? UNDO_COMMAND : REDO_COMMAND, undefined);
  return true;
}

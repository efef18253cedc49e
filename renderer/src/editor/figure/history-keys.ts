/**
 * Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y (not on macOS) anywhere in a figure's
 * view (its text fields, move buttons, width choice): the body's one Lexical
 * history. The figure plugin keeps Lexical's own key handling away from the
 * figure's controls (FiguresPlugin), so without this a button that kept the
 * focus after moving the figure ignored Ctrl+Z, and a text field used the
 * browser's own undo, which knows only that element's typing and would fight
 * the value the node restores.
 *
 * Undoing or redoing a move takes the figure's element out of the page and
 * back, which drops the focus to the page, where the next Ctrl+Z or Ctrl+Y did
 * nothing: the key's element takes it back (the body when the step removed the
 * figure, or the button is now disabled), after React's next render.
 */
import { REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { historyKeyOf, isComposingKey } from '../../app/keys';
import { endFieldBurst } from './field-history';

/** Returns true when the key was an undo or redo (then handled); never acts while an IME composes. */
export function handleFigureHistoryKey(event: KeyboardEvent, editor: LexicalEditor): boolean {
  if (isComposingKey(event)) return false;
  const key = historyKeyOf(event);
  if (key === null) return false;
  event.preventDefault();
  endFieldBurst(editor);
  editor.dispatchCommand(key === 'undo' ? UNDO_COMMAND : REDO_COMMAND, undefined);
  const target = event.target;
  if (target instanceof HTMLElement) keepFocus(target, editor);
  return true;
}

function keepFocus(target: HTMLElement, editor: LexicalEditor): void {
  requestAnimationFrame(() => {
    const active = target.ownerDocument.activeElement;
    // The step put the focus somewhere itself (the caret into the body): leave it.
    if (active !== null && active !== target.ownerDocument.body) return;
    const usable = target.isConnected && !(target as HTMLButtonElement).disabled;
    if (usable) target.focus();
    else editor.focus();
  });
}

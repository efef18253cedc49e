/** Keyboard helpers shared by every shortcut handler. */

/** True while an IME is composing: no handler of ours may act on such a key (PITFALLS.md). */
export function isComposingKey(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

const IS_APPLE = /Mac|iPhone|iPad/.test(navigator.platform);

/** Ctrl+key (Cmd+key on macOS), without Alt; Shift is allowed only when asked for. */
export function isPrimaryShortcut(event: KeyboardEvent, key: string, shift = false): boolean {
  const primary = IS_APPLE ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return primary && !event.altKey && event.shiftKey === shift && event.key.toLowerCase() === key;
}

/**
 * Undo (Ctrl/Cmd+Z) or redo (Ctrl/Cmd+Shift+Z, and Ctrl+Y off macOS, where
 * Cmd+Y is not redo), for fields that hand these keys to the body's history.
 */
export function historyKeyOf(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (isPrimaryShortcut(event, 'z')) return 'undo';
  if (isPrimaryShortcut(event, 'z', true) || (!IS_APPLE && isPrimaryShortcut(event, 'y')))
    return 'redo';
  return null;
}

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

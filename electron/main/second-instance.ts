/**
 * What a second launch does: Electron's single-instance lock sends it to the
 * first instance, which brings its window forward — restored if minimized,
 * shown if hidden — instead of opening a second copy on the same library.
 * Pure over a window-like object so it is tested under plain Node.
 */
export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  isVisible(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** True when a window was there to focus. */
export function focusExistingWindow(window: FocusableWindow | null): boolean {
  if (!window || window.isDestroyed()) return false;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
  return true;
}

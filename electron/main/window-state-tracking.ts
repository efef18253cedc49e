/**
 * Remembers the main window's place: saves its normal bounds and maximized
 * flag (window-state.ts) debounced while it moves or resizes, and at once when
 * it closes, through `save` (the settings service).
 */
import type { BrowserWindow } from 'electron';
import type { WindowState } from '../../shared/settings';
import { createDebouncedSaver, windowStateToSave } from './window-state';

export function trackWindowState(window: BrowserWindow, save: (state: WindowState) => void): void {
  const saver = createDebouncedSaver(() => {
    if (window.isDestroyed()) return;
    save(windowStateToSave(window.getNormalBounds(), window.isMaximized()));
  });
  for (const event of ['move', 'resize', 'maximize', 'unmaximize'] as const)
    window.on(event as 'move', () => saver.schedule());
  window.on('close', () => saver.flush());
}

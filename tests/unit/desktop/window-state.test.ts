// Window placement and single-instance focusing, under plain Node.
import { describe, expect, it, vi } from 'vitest';
import {
  createDebouncedSaver,
  restoreWindowState,
  windowStateToSave,
} from '../../../electron/main/window-state';
import { focusExistingWindow, type FocusableWindow } from '../../../electron/main/second-instance';

const laptop = { workArea: { x: 0, y: 0, width: 1440, height: 875 } };
const monitorRight = { workArea: { x: 1440, y: 0, width: 2560, height: 1400 } };

describe('restoring the window', () => {
  it('keeps a saved position that is on a display', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 900, maximized: false };
    expect(restoreWindowState(saved, [laptop, monitorRight])).toEqual(saved);
  });

  it('centres a window saved on a monitor that is gone on the primary display, shrunk to fit', () => {
    const saved = { x: 1600, y: 100, width: 2000, height: 1200, maximized: true };
    expect(restoreWindowState(saved, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 875,
      maximized: true,
    });
  });

  it('pulls a window hanging off the edge back inside its display', () => {
    const saved = { x: 1000, y: 600, width: 800, height: 600, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual({
      x: 640,
      y: 275,
      width: 800,
      height: 600,
      maximized: false,
    });
  });

  it('does not trust a position whose title bar is off every display', () => {
    const saved = { x: 100, y: -590, width: 800, height: 600, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toMatchObject({ x: 320, y: 138 });
  });

  it('centres a first-run window with no saved position', () => {
    expect(restoreWindowState({ width: 1280, height: 860, maximized: false }, [laptop])).toEqual({
      x: 80,
      y: 8,
      width: 1280,
      height: 860,
      maximized: false,
    });
  });

  it('saves the normal bounds as whole pixels with the maximized flag', () => {
    expect(windowStateToSave({ x: 10.4, y: 20.6, width: 1000.2, height: 700.7 }, true)).toEqual({
      x: 10,
      y: 21,
      width: 1000,
      height: 701,
      maximized: true,
    });
  });
});

describe('saving while the window moves', () => {
  it('saves once after the moves stop, and at once on close', () => {
    vi.useFakeTimers();
    try {
      const save = vi.fn();
      const saver = createDebouncedSaver(save, 500);
      for (let i = 0; i < 20; i++) {
        saver.schedule();
        vi.advanceTimersByTime(100);
      }
      expect(save).not.toHaveBeenCalled();
      vi.advanceTimersByTime(500);
      expect(save).toHaveBeenCalledTimes(1);
      saver.schedule();
      saver.flush();
      expect(save).toHaveBeenCalledTimes(2);
      vi.advanceTimersByTime(1000);
      expect(save).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

function fakeWindow(state: { minimized: boolean; visible: boolean; destroyed?: boolean }) {
  const calls: string[] = [];
  const window: FocusableWindow = {
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => state.minimized,
    isVisible: () => state.visible,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
  return { window, calls };
}

describe('a second launch', () => {
  it('restores a minimized first window and focuses it', () => {
    const { window, calls } = fakeWindow({ minimized: true, visible: true });
    expect(focusExistingWindow(window)).toBe(true);
    expect(calls).toEqual(['restore', 'focus']);
  });

  it('shows a hidden window before focusing it', () => {
    const { window, calls } = fakeWindow({ minimized: false, visible: false });
    focusExistingWindow(window);
    expect(calls).toEqual(['show', 'focus']);
  });

  it('does nothing when the window is gone', () => {
    const { window, calls } = fakeWindow({ minimized: false, visible: true, destroyed: true });
    expect(focusExistingWindow(window)).toBe(false);
    expect(focusExistingWindow(null)).toBe(false);
    expect(calls).toEqual([]);
  });
});

/**
 * Where the main window opens, from the saved state and the displays present
 * now (pure: displays are passed in, so it is tested under plain Node). A
 * window saved on a monitor that is gone, or larger than the screen it lands
 * on, is brought back fully inside a display instead of opening off-screen.
 */
import type { WindowState } from '../../shared/settings';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A display's usable area (Electron's Display.workArea: without taskbar or dock). */
export interface DisplayArea {
  workArea: Rect;
}

export const MIN_WIDTH = 720;
export const MIN_HEIGHT = 480;
/** How much of the title bar must lie on a display for the saved position to count. */
const MIN_VISIBLE = 48;

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * The bounds to open with. Without a saved position, or when the saved window
 * would not show enough of itself on any display, it is centred on the first
 * (primary) display; its size never exceeds that display's work area.
 */
export function restoreWindowState(saved: WindowState, displays: DisplayArea[]): WindowState {
  const primary = displays[0]?.workArea ?? { x: 0, y: 0, width: 1280, height: 800 };
  const fit = (area: Rect) => ({
    width: Math.max(Math.min(saved.width, area.width), Math.min(MIN_WIDTH, area.width)),
    height: Math.max(Math.min(saved.height, area.height), Math.min(MIN_HEIGHT, area.height)),
  });
  const centred = (area: Rect): WindowState => {
    const size = fit(area);
    return {
      ...size,
      x: Math.round(area.x + (area.width - size.width) / 2),
      y: Math.round(area.y + (area.height - size.height) / 2),
      maximized: saved.maximized,
    };
  };
  if (saved.x === undefined || saved.y === undefined) return centred(primary);

  const wanted: Rect = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: MIN_VISIBLE };
  let best: Rect | null = null;
  let bestOverlap = 0;
  for (const { workArea } of displays) {
    const shared = overlap(wanted, workArea);
    if (shared > bestOverlap && overlap(titleBar, workArea) >= MIN_VISIBLE * MIN_VISIBLE) {
      best = workArea;
      bestOverlap = shared;
    }
  }
  if (!best) return centred(primary);
  const size = fit(best);
  // Pull the window inside its display so no edge hangs off it.
  const x = Math.min(Math.max(saved.x, best.x), best.x + best.width - size.width);
  const y = Math.min(Math.max(saved.y, best.y), best.y + best.height - size.height);
  return { ...size, x, y, maximized: saved.maximized };
}

/**
 * The state to save: the normal (un-maximized) bounds, so that un-maximizing
 * after the next start returns to the size the user chose, plus the flag.
 */
export function windowStateToSave(normalBounds: Rect, maximized: boolean): WindowState {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.max(400, Math.round(normalBounds.width)),
    height: Math.max(300, Math.round(normalBounds.height)),
    maximized,
  };
}

export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Saves at most once per `delayMs` while the window moves or resizes (a drag
 * fires dozens of events a second), and at once on `flush` (window close).
 */
export function createDebouncedSaver(
  save: () => void,
  delayMs = 500,
  scheduler: Scheduler = {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
): { schedule(): void; flush(): void } {
  let pending: unknown = null;
  return {
    schedule() {
      if (pending !== null) scheduler.clearTimeout(pending);
      pending = scheduler.setTimeout(() => {
        pending = null;
        save();
      }, delayMs);
    },
    flush() {
      if (pending !== null) scheduler.clearTimeout(pending);
      pending = null;
      save();
    },
  };
}

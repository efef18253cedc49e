// The main window after its renderer dies: reloaded, but not in a loop.
import { describe, expect, it } from 'vitest';
import {
  CRASH_RELOAD_PERIOD_MS,
  MAX_CRASH_RELOADS,
  shouldReloadAfterRendererGone,
} from '../../../electron/main/renderer-crash';

describe('shouldReloadAfterRendererGone', () => {
  it.each(['crashed', 'oom', 'killed', 'abnormal-exit', 'memory-eviction'])(
    'reloads the app after the renderer went away (%s)',
    (reason) => {
      expect(shouldReloadAfterRendererGone(reason, [], 1_000)).toBe(true);
    },
  );

  it('does nothing when the page simply closed', () => {
    expect(shouldReloadAfterRendererGone('clean-exit', [], 1_000)).toBe(false);
  });

  it('stops reloading a renderer that keeps crashing, and starts again later', () => {
    const now = 10 * CRASH_RELOAD_PERIOD_MS;
    const reloads = Array.from({ length: MAX_CRASH_RELOADS }, (_, index) => now - 1_000 * index);
    expect(shouldReloadAfterRendererGone('crashed', reloads, now)).toBe(false);
    expect(
      shouldReloadAfterRendererGone('crashed', reloads, now + CRASH_RELOAD_PERIOD_MS + 1),
    ).toBe(true);
  });
});

/**
 * Leaving an article saves what is typed before waiting for a photo still
 * importing: on quit main waits 4 s for the answer, and a slow import waited
 * for first left the typing unsaved.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trackImport } from '../../../renderer/src/editor/figure/pending-imports';
import { saveWithImports } from '../../../renderer/src/article/save-with-imports';

afterEach(() => {
  vi.useRealTimers();
});

function recordingQueue(log: string[]) {
  return {
    flush: vi.fn(async () => {
      log.push(`flush at ${Date.now()}`);
      return true;
    }),
  };
}

describe('saveWithImports', () => {
  it('saves at once, waits for the import at most as long as asked, then saves again', async () => {
    vi.useFakeTimers({ now: 0 });
    const log: string[] = [];
    let landed!: () => void;
    void trackImport(
      new Promise<void>((resolve) => (landed = resolve)).then(() => void log.push('landed')),
    );
    const saved = saveWithImports(recordingQueue(log), 2500);
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['flush at 0']);
    await vi.advanceTimersByTimeAsync(2500);
    expect(await saved).toBe(true);
    expect(log).toEqual(['flush at 0', 'flush at 2500']);
    landed();
  });

  it('saves the figure of an import that lands within the wait', async () => {
    vi.useFakeTimers({ now: 0 });
    const log: string[] = [];
    void trackImport(
      new Promise<void>((resolve) => setTimeout(resolve, 800)).then(() => void log.push('landed')),
    );
    const saved = saveWithImports(recordingQueue(log), 30_000);
    await vi.advanceTimersByTimeAsync(800);
    expect(await saved).toBe(true);
    expect(log).toEqual(['flush at 0', 'landed', 'flush at 800']);
  });

  it('does not wait when a save fails, nor save twice with nothing importing', async () => {
    const log: string[] = [];
    expect(await saveWithImports(recordingQueue(log), 30_000)).toBe(true);
    expect(log).toHaveLength(1);
    const failing = { flush: vi.fn(async () => false) };
    void trackImport(new Promise(() => undefined));
    expect(await saveWithImports(failing, 30_000)).toBe(false);
    expect(failing.flush).toHaveBeenCalledTimes(1);
  });
});

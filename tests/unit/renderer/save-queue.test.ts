import { describe, expect, it } from 'vitest';
import { newArticle, type Article } from '../../../shared/article/schema';
import type { Result } from '../../../shared/ipc/result';
import {
  SaveQueue,
  type SaveRequest,
  type SaveState,
} from '../../../renderer/src/article/save-queue';

const REV0 = '0'.repeat(64);
const rev = (n: number) => n.toString(16).padStart(64, '0');

type SaveResult = Result<{ revision: string; updatedAt: string }>;

/** A bridge whose saves stay pending until the test settles them. */
class FakeBridge {
  calls: { request: SaveRequest; resolve: (result: SaveResult) => void }[] = [];
  inFlight = 0;
  maxInFlight = 0;

  save = (request: SaveRequest): Promise<SaveResult> => {
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    return new Promise((resolve) => {
      this.calls.push({
        request,
        resolve: (result) => {
          this.inFlight -= 1;
          resolve(result);
        },
      });
    });
  };

  succeed(index: number, revision: string): void {
    this.calls[index]!.resolve({
      ok: true,
      value: { revision, updatedAt: '2026-01-01T00:00:00.000Z' },
    });
  }
}

/** Timers the test fires by hand. */
class ManualTimers {
  private pending = new Map<number, () => void>();
  private next = 1;
  set = (callback: () => void): unknown => {
    const id = this.next++;
    this.pending.set(id, callback);
    return id;
  };
  clear = (handle: unknown): void => {
    this.pending.delete(handle as number);
  };
  fireAll(): void {
    const callbacks = [...this.pending.values()];
    this.pending.clear();
    for (const callback of callbacks) callback();
  }
  get count(): number {
    return this.pending.size;
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  const bridge = new FakeBridge();
  const timers = new ManualTimers();
  const draft: Article = newArticle('article-0001', new Date('2026-01-01T00:00:00Z'));
  const states: SaveState['kind'][] = [];
  const queue = new SaveQueue({
    revision: REV0,
    snapshot: () => ({ ...draft }),
    save: bridge.save,
    setTimer: timers.set,
    clearTimer: timers.clear,
    onStateChange: (state) => states.push(state.kind),
  });
  return { bridge, timers, draft, queue, states };
}

describe('SaveQueue', () => {
  it('debounces edits into one save of the latest state after the delay', async () => {
    const { bridge, timers, draft, queue } = setup();
    draft.headline = 'A';
    queue.markDirty();
    draft.headline = 'AB';
    queue.markDirty();
    expect(timers.count).toBe(1);
    expect(bridge.calls).toHaveLength(0);
    expect(queue.getState().kind).toBe('dirty');

    timers.fireAll();
    expect(bridge.calls).toHaveLength(1);
    expect(bridge.calls[0]!.request.article.headline).toBe('AB');
    expect(bridge.calls[0]!.request.baseRevision).toBe(REV0);
    expect(queue.getState().kind).toBe('saving');

    bridge.succeed(0, rev(1));
    await tick();
    expect(queue.getState().kind).toBe('saved');
    expect(queue.getRevision()).toBe(rev(1));
  });

  it('keeps one save in flight and then saves the latest state on the new revision', async () => {
    const { bridge, timers, draft, queue } = setup();
    draft.headline = 'first';
    queue.markDirty();
    timers.fireAll();
    draft.headline = 'second';
    queue.markDirty();
    draft.headline = 'third';
    queue.markDirty();
    timers.fireAll();
    expect(bridge.calls).toHaveLength(1);

    bridge.succeed(0, rev(1));
    await tick();
    expect(queue.getState().kind).toBe('dirty');
    timers.fireAll();
    expect(bridge.calls).toHaveLength(2);
    expect(bridge.calls[1]!.request.article.headline).toBe('third');
    expect(bridge.calls[1]!.request.baseRevision).toBe(rev(1));
    bridge.succeed(1, rev(2));
    await tick();
    expect(bridge.maxInFlight).toBe(1);
    expect(queue.getState().kind).toBe('saved');
  });

  it('captures the article before the async call, so later edits are not reported as saved', async () => {
    const { bridge, timers, draft, queue } = setup();
    draft.headline = 'before';
    queue.markDirty();
    timers.fireAll();
    draft.headline = 'after';
    queue.markDirty();
    bridge.succeed(0, rev(1));
    await tick();
    expect(bridge.calls[0]!.request.article.headline).toBe('before');
    expect(queue.hasUnsavedEdits()).toBe(true);
  });

  it('flush saves at once, waits for the write and resolves true when all is on disk', async () => {
    const { bridge, draft, queue } = setup();
    draft.headline = 'now';
    queue.markDirty();
    const flushed = queue.flush();
    await tick();
    expect(bridge.calls).toHaveLength(1);
    bridge.succeed(0, rev(1));
    expect(await flushed).toBe(true);
    expect(queue.getState().kind).toBe('saved');
  });

  it('flush waits for the save in flight and then writes edits made meanwhile', async () => {
    const { bridge, timers, draft, queue } = setup();
    draft.headline = 'one';
    queue.markDirty();
    timers.fireAll();
    draft.headline = 'two';
    queue.markDirty();
    const flushed = queue.flush();
    bridge.succeed(0, rev(1));
    await tick();
    expect(bridge.calls).toHaveLength(2);
    expect(bridge.calls[1]!.request.article.headline).toBe('two');
    bridge.succeed(1, rev(2));
    expect(await flushed).toBe(true);
    expect(timers.count).toBe(0);
  });

  it('a failed save keeps the edits unsaved, reports the error and retries on the next edit', async () => {
    const { bridge, timers, draft, queue } = setup();
    draft.headline = 'x';
    queue.markDirty();
    timers.fireAll();
    bridge.calls[0]!.resolve({ ok: false, error: { code: 'io', message: 'disk full' } });
    await tick();
    const state = queue.getState();
    expect(state.kind).toBe('failed');
    expect(state.kind === 'failed' && state.error.message).toBe('disk full');
    expect(queue.hasUnsavedEdits()).toBe(true);
    expect(timers.count).toBe(0);

    draft.headline = 'xy';
    queue.markDirty();
    timers.fireAll();
    expect(bridge.calls).toHaveLength(2);
    expect(bridge.calls[1]!.request.article.headline).toBe('xy');
    expect(bridge.calls[1]!.request.baseRevision).toBe(REV0);
    bridge.succeed(1, rev(1));
    await tick();
    expect(queue.getState().kind).toBe('saved');
  });

  it('a failed save is retried by flush, which reports false when it fails again', async () => {
    const { bridge, timers, queue } = setup();
    queue.markDirty();
    timers.fireAll();
    bridge.calls[0]!.resolve({ ok: false, error: { code: 'io', message: 'busy' } });
    await tick();
    const flushed = queue.flush();
    await tick();
    expect(bridge.calls).toHaveLength(2);
    bridge.calls[1]!.resolve({ ok: false, error: { code: 'io', message: 'busy' } });
    expect(await flushed).toBe(false);
    expect(queue.hasUnsavedEdits()).toBe(true);
  });

  it('a thrown transport error is treated as a failed save', async () => {
    const timers = new ManualTimers();
    const queue = new SaveQueue({
      revision: REV0,
      snapshot: () => newArticle('article-0001', new Date()),
      save: () => Promise.reject(new Error('offline')),
      setTimer: timers.set,
      clearTimer: timers.clear,
    });
    queue.markDirty();
    expect(await queue.flush()).toBe(false);
    expect(queue.getState().kind).toBe('failed');
  });

  it('surfaces a conflict, holds further saves, and "keep mine" saves on the current revision', async () => {
    const { bridge, timers, draft, queue } = setup();
    draft.headline = 'mine';
    queue.markDirty();
    timers.fireAll();
    bridge.calls[0]!.resolve({
      ok: false,
      error: { code: 'conflict', message: 'changed on disk', currentRevision: rev(9) },
    });
    await tick();
    expect(queue.getState()).toEqual({
      kind: 'conflict',
      currentRevision: rev(9),
      message: 'changed on disk',
    });

    queue.markDirty();
    expect(timers.count).toBe(0);
    expect(await queue.flush()).toBe(false);
    expect(bridge.calls).toHaveLength(1);

    const kept = queue.keepMine();
    await tick();
    expect(bridge.calls).toHaveLength(2);
    expect(bridge.calls[1]!.request.baseRevision).toBe(rev(9));
    expect(bridge.calls[1]!.request.article.headline).toBe('mine');
    bridge.succeed(1, rev(10));
    expect(await kept).toBe(true);
    expect(queue.getState().kind).toBe('saved');
  });

  it('"keep mine" asks main to keep the version it replaces, until that save lands, and only then', async () => {
    const { bridge, timers, queue } = setup();
    queue.markDirty();
    timers.fireAll();
    expect(bridge.calls[0]!.request.replacing).toBeUndefined();
    bridge.calls[0]!.resolve({
      ok: false,
      error: { code: 'conflict', message: 'changed on disk', currentRevision: rev(9) },
    });
    await tick();

    const kept = queue.keepMine();
    await tick();
    expect(bridge.calls[1]!.request).toMatchObject({ baseRevision: rev(9), replacing: true });
    // A failed write (a full disk) is retried still replacing the same version.
    bridge.calls[1]!.resolve({ ok: false, error: { code: 'io', message: 'ENOSPC' } });
    expect(await kept).toBe(false);
    const retried = queue.flush();
    await tick();
    expect(bridge.calls[2]!.request).toMatchObject({ baseRevision: rev(9), replacing: true });
    bridge.succeed(2, rev(10));
    expect(await retried).toBe(true);

    // Later saves build on the reporter's own version: nothing more to keep.
    queue.markDirty();
    timers.fireAll();
    expect(bridge.calls[3]!.request.baseRevision).toBe(rev(10));
    expect(bridge.calls[3]!.request.replacing).toBeUndefined();
  });

  it('saves nothing after dispose', async () => {
    const { bridge, timers, queue } = setup();
    queue.markDirty();
    queue.dispose();
    timers.fireAll();
    queue.markDirty();
    await tick();
    expect(bridge.calls).toHaveLength(0);
  });
});

/** The renderer's journal writer: timing with an injected clock and timers, never real time. */
import { describe, expect, it } from 'vitest';
import {
  RecoveryWriter,
  type JournalWriteRequest,
} from '../../../renderer/src/article/recovery-writer';
import { newArticle } from '../../../shared/article/schema';

function setUp() {
  let now = 0;
  const timers: { at: number; callback: () => void; handle: number }[] = [];
  let nextHandle = 1;
  const writes: JournalWriteRequest[] = [];
  let text = '';
  const writer = new RecoveryWriter({
    session: 'session-test-1',
    snapshot: () => ({ ...newArticle('article-test-1', new Date(0)), headline: text }),
    baseRevision: () => null,
    write: async (request) => {
      writes.push(request);
      return { ok: true, value: { written: true } };
    },
    now: () => now,
    setTimer: (callback, ms) => {
      const handle = nextHandle++;
      timers.push({ at: now + ms, callback, handle });
      return handle;
    },
    clearTimer: (handle) => {
      const index = timers.findIndex((timer) => timer.handle === handle);
      if (index >= 0) timers.splice(index, 1);
    },
  });
  const advance = async (ms: number) => {
    const until = now + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const due = timers[0];
      if (!due || due.at > until) break;
      timers.shift();
      now = due.at;
      due.callback();
      await Promise.resolve();
      await Promise.resolve();
    }
    now = until;
  };
  const type = (more: string) => {
    text += more;
    writer.noteEdit();
  };
  return { writer, writes, advance, type };
}

describe('the recovery writer', () => {
  it('journals about a second after typing stops', async () => {
    const { writes, advance, type } = setUp();
    type('Hà');
    await advance(900);
    expect(writes).toHaveLength(0);
    await advance(200);
    expect(writes.map((w) => [w.article.headline, w.sequence])).toEqual([['Hà', 1]]);
  });

  it('journals at least once a second during continuous typing', async () => {
    const { writes, advance, type } = setUp();
    for (let i = 0; i < 30; i++) {
      type('a');
      await advance(100);
    }
    // 3 s of typing every 100 ms: never a pause of a second, still about 3 entries.
    expect(writes.length).toBeGreaterThanOrEqual(2);
    expect(writes.at(-1)!.article.headline.length).toBeGreaterThanOrEqual(20);
  });

  it('does not journal what a save already covered', async () => {
    const { writer, writes, advance, type } = setUp();
    type('Tin');
    const covered = writer.captureForSave();
    writer.saved(covered);
    await advance(2000);
    expect(writes).toHaveLength(0);
    type(' mới');
    await writer.flush();
    expect(writes.map((w) => w.sequence)).toEqual([2]);
  });
});

/**
 * The autosave queue with the journal attached: a flush whose save fails
 * resolves only once the journal holds the words, so closing the window or
 * quitting right after it never outruns the journal write.
 */
import { describe, expect, it } from 'vitest';
import { JournaledSaveQueue } from '../../../renderer/src/article/journaled-save-queue';
import { RecoveryWriter } from '../../../renderer/src/article/recovery-writer';
import { newArticle } from '../../../shared/article/schema';

function setUp(saveOk: boolean) {
  const article = { ...newArticle('article-test-1', new Date(0)), headline: 'Chưa lưu' };
  const events: string[] = [];
  let finishJournal: () => void = () => undefined;
  const journal = new RecoveryWriter({
    session: 'session-test-1',
    snapshot: () => article,
    baseRevision: () => null,
    // The journal is slower than the save: it finishes only when told to.
    write: () =>
      new Promise((resolve) => {
        finishJournal = () => {
          events.push('journaled');
          resolve({ ok: true, value: { written: true } });
        };
      }),
    setTimer: () => 0,
    clearTimer: () => undefined,
  });
  const queue = new JournaledSaveQueue(
    {
      revision: 'r1',
      snapshot: () => article,
      save: async () => {
        events.push('save answered');
        return saveOk
          ? { ok: true, value: { revision: 'r2', updatedAt: new Date(0).toISOString() } }
          : { ok: false, error: { code: 'io', message: 'EIO' } };
      },
      setTimer: () => 0,
      clearTimer: () => undefined,
    },
    journal,
  );
  return { queue, events, finishJournal: () => finishJournal() };
}

describe('JournaledSaveQueue.flush', () => {
  it('waits for the journal when the save failed', async () => {
    const { queue, events, finishJournal } = setUp(false);
    queue.markDirty();
    let flushed: boolean | null = null;
    const flushing = queue.flush().then((ok) => (flushed = ok));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toEqual(['save answered']);
    expect(flushed).toBeNull();
    finishJournal();
    await flushing;
    expect(flushed).toBe(false);
    expect(events).toEqual(['save answered', 'journaled']);
  });

  it('does not wait for the journal when the save succeeded', async () => {
    const { queue, events } = setUp(true);
    queue.markDirty();
    expect(await queue.flush()).toBe(true);
    expect(events).toEqual(['save answered']);
  });
});

/**
 * Asks the renderer to save the open article and waits for its answer, or for
 * FLUSH_TIMEOUT_MS: a hung renderer must not hold the app forever, and the
 * recovery journal (written about a second after typing stops) still holds
 * whatever that flush did not save. Used before the window closes and before
 * the library is switched. Pure: the channel is injected (Electron's in
 * flush-before-quit.ts), so a plain-Node test drives it.
 */
export const FLUSH_TIMEOUT_MS = 4000;

export interface FlushChannel {
  /** Sends the request numbered `id` to the renderer. */
  request(id: number): void;
  /** Calls `listener` with the id of each answer from the renderer; returns the unsubscribe. */
  onAnswer(listener: (id: unknown) => void): () => void;
}

let lastId = 0;

export function askRendererToFlush(
  channel: FlushChannel,
  timeoutMs = FLUSH_TIMEOUT_MS,
): Promise<'flushed' | 'timed-out'> {
  const id = ++lastId;
  return new Promise((resolve) => {
    const finish = (outcome: 'flushed' | 'timed-out') => {
      stop();
      clearTimeout(timer);
      resolve(outcome);
    };
    // Only the answer to this request counts: an older one may still arrive.
    const stop = channel.onAnswer((answer) => {
      if (answer === id) finish('flushed');
    });
    const timer = setTimeout(() => finish('timed-out'), timeoutMs);
    channel.request(id);
  });
}

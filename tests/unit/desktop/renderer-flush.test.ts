/**
 * Main waits for the renderer to save before the window closes and before the
 * library is switched: only the answer to its own request counts, and a
 * renderer that never answers holds nothing past the timeout.
 */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { askRendererToFlush, type FlushChannel } from '../../../electron/main/renderer-flush';

function fakeRenderer(answer: (id: number, reply: (id: unknown) => void) => void) {
  const answers = new EventEmitter();
  const requests: number[] = [];
  const channel: FlushChannel = {
    request: (id) => {
      requests.push(id);
      answer(id, (replyId) => answers.emit('answer', replyId));
    },
    onAnswer: (listener) => {
      answers.on('answer', listener);
      return () => answers.off('answer', listener);
    },
  };
  return { channel, requests, listeners: () => answers.listenerCount('answer') };
}

describe('askRendererToFlush', () => {
  it('resolves on the answer to its own request, not on an older one', async () => {
    const renderer = fakeRenderer((id, reply) => {
      reply(id - 1);
      setTimeout(() => reply(id), 5);
    });
    let outcome: string | null = null;
    const asked = askRendererToFlush(renderer.channel, 1000).then((o) => (outcome = o));
    await new Promise((resolve) => setTimeout(resolve, 1));
    expect(outcome).toBeNull();
    await asked;
    expect(outcome).toBe('flushed');
    expect(renderer.requests).toHaveLength(1);
    expect(renderer.listeners()).toBe(0);
  });

  it('gives up after the timeout when the renderer never answers', async () => {
    const renderer = fakeRenderer(() => undefined);
    expect(await askRendererToFlush(renderer.channel, 20)).toBe('timed-out');
    expect(renderer.listeners()).toBe(0);
  });
});

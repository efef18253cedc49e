/**
 * Sends bridge calls through the bridge worker (invoke-worker.ts) once it has
 * started, so the page pays one postMessage each way instead of a fetch and
 * its answer tasks. Until then, while the page is being left (a worker dies
 * with its page; a request the page itself started is sent before it goes),
 * and after the worker has failed, `send` returns null and the caller fetches
 * from the page as before.
 */
import type { WorkerAnswer, WorkerCall } from './worker-protocol';

type Settle = (answer: { text: string } | { failure: string }) => void;

export interface WorkerTransport {
  /** The answer's text, a failure, or null when the worker cannot take the call now. */
  send(
    url: string,
    parts: (string | Uint8Array)[],
  ): Promise<{ text: string } | { failure: string }> | null;
}

export function createWorkerTransport(): WorkerTransport {
  let worker: Worker | null = null;
  let ready = false;
  let leaving = false;
  let nextId = 1;
  const pending = new Map<number, Settle>();

  const fail = (why: string) => {
    ready = false;
    worker?.terminate();
    worker = null;
    for (const settle of pending.values()) settle({ failure: why });
    pending.clear();
  };

  try {
    worker = new Worker(new URL('./invoke-worker.ts', import.meta.url), {
      type: 'module',
      name: 'newsdesk-bridge',
    });
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      if ('ready' in answer) {
        ready = true;
        return;
      }
      const settle = pending.get(answer.id);
      pending.delete(answer.id);
      settle?.(answer);
    };
    worker.onerror = (event) => fail(`the bridge worker failed: ${event.message}`);
    worker.onmessageerror = () => fail('the bridge worker sent an unreadable message');
  } catch {
    worker = null; // no workers here (a policy, an old engine): the page fetches
  }

  // Capture listeners on window run before the app's own (useFlushOnLeave), so
  // the flush a departure triggers is already sent from the page.
  const leave = () => {
    leaving = true;
  };
  window.addEventListener('beforeunload', leave, { capture: true });
  window.addEventListener('pagehide', leave, { capture: true });
  // A cancelled departure, or a page restored from the back/forward cache.
  window.addEventListener('pageshow', () => {
    leaving = false;
  });

  return {
    send(url, parts) {
      if (!worker || !ready || leaving) return null;
      const id = nextId;
      nextId += 1;
      const call: WorkerCall = { id, url, parts };
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker!.postMessage(call);
      });
    },
  };
}

/**
 * Sends bridge calls through the bridge worker (invoke-worker.ts) once it has
 * started, so the page pays one postMessage each way instead of a fetch and
 * its answer tasks. `send` returns null, and the caller fetches from the page
 * as before, when the worker cannot be trusted to deliver the call:
 *  - until the worker has said it is ready;
 *  - while the window is not in use (blurred, hidden, being left): that is
 *    when the app flushes its edits (useFlushOnLeave), and a worker dies with
 *    its page, possibly with the flush still in its queue, while a request the
 *    page has started is already with the network stack. Cost does not matter
 *    then; the next focus, visible state or pointer press ends it;
 *  - after the worker failed (an error outside a call, an unreadable message,
 *    a call unanswered for CALL_TIMEOUT_MS).
 * A failure never fails the other calls in flight: the worker answers each
 * call itself, and a call it already sent may well have been written by the
 * host, which the save queue must then hear.
 */
import type { WorkerAnswer, WorkerCall } from './worker-protocol';

export type WorkerResult = { text: string } | { failure: string };

export interface WorkerTransport {
  /** The answer's text, a failure, or null when the worker should not take the call. */
  send(url: string, parts: (string | Uint8Array)[]): Promise<WorkerResult> | null;
}

/**
 * How long a call may wait for the worker's answer before it counts as failed
 * and the worker is no longer used: far longer than any save (a large article
 * on a slow network drive takes seconds), short enough that a worker that
 * stopped answering does not leave the article "Saving…" for good.
 */
export const CALL_TIMEOUT_MS = 60_000;

/** The events of the window the transport follows (the window itself in the app). */
type WindowEvents = Pick<Window, 'addEventListener'> & {
  document: Pick<Document, 'visibilityState'>;
};

function startBridgeWorker(): Worker {
  return new Worker(new URL('./invoke-worker.ts', import.meta.url), {
    type: 'module',
    name: 'newsdesk-bridge',
  });
}

export function createWorkerTransport(
  makeWorker: () => Worker = startBridgeWorker,
  host: WindowEvents = window,
): WorkerTransport {
  let worker: Worker | null = null;
  let ready = false;
  let failed = false;
  let away = false;
  let nextId = 1;
  const pending = new Map<number, (result: WorkerResult) => void>();

  const stopUsing = (why: string) => {
    if (!failed) console.warn(`Newsdesk: bridge calls go from the page from now on: ${why}`);
    failed = true;
  };

  try {
    worker = makeWorker();
    worker.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      const answer = event.data;
      if ('ready' in answer) {
        ready = true;
        return;
      }
      const settle = pending.get(answer.id);
      pending.delete(answer.id);
      settle?.('text' in answer ? { text: answer.text } : { failure: answer.failure });
    };
    worker.onerror = (event) => {
      // The script did not load (no call was ever sent), or a bug outside a call.
      event.preventDefault();
      stopUsing(`the bridge worker failed: ${event.message || 'its script did not load'}`);
    };
    worker.onmessageerror = () => stopUsing('the bridge worker sent an unreadable answer');
  } catch (error) {
    worker = null; // no workers here (a policy, an old engine): the page fetches
    stopUsing(String(error));
  }

  // Capture listeners on window run before the app's own (useFlushOnLeave),
  // so the flush a blur or a departure triggers is already sent from the page.
  const leave = () => {
    away = true;
  };
  const back = () => {
    away = false;
  };
  // The window's own blur; a field's blur reaches a capture listener too.
  host.addEventListener('blur', (event) => event.target === (host as unknown) && leave(), {
    capture: true,
  });
  for (const type of ['beforeunload', 'pagehide'] as const)
    host.addEventListener(type, leave, { capture: true });
  host.addEventListener(
    'visibilitychange',
    () => (host.document.visibilityState === 'hidden' ? leave() : back()),
    { capture: true },
  );
  // Also ends a departure that was called off, which fires no event of its own.
  for (const type of ['focus', 'pageshow', 'pointerdown'] as const)
    host.addEventListener(type, back, { capture: true, passive: true });

  return {
    send(url, parts) {
      if (!worker || !ready || failed || away) return null;
      const id = nextId;
      nextId += 1;
      const call: WorkerCall = { id, url, parts };
      const to = worker;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          stopUsing(`a call had no answer within ${CALL_TIMEOUT_MS / 1000} s`);
          resolve({ failure: 'the bridge worker did not answer' });
        }, CALL_TIMEOUT_MS);
        pending.set(id, (result) => {
          clearTimeout(timer);
          resolve(result);
        });
        to.postMessage(call);
      });
    },
  };
}

/**
 * When the web host's bridge calls go through the bridge worker and when the
 * page sends them itself (renderer/src/bridge/worker-transport.ts), with a
 * stand-in worker and window; the real worker runs in tests/e2e/bridge-worker.spec.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CALL_TIMEOUT_MS,
  createWorkerTransport,
  type WorkerResult,
} from '../../../renderer/src/bridge/worker-transport';
import type { WorkerAnswer, WorkerCall } from '../../../renderer/src/bridge/worker-protocol';

class StandInWorker {
  onmessage: ((event: MessageEvent<WorkerAnswer>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  readonly calls: WorkerCall[] = [];
  postMessage(call: WorkerCall): void {
    this.calls.push(call);
  }
  say(answer: WorkerAnswer): void {
    this.onmessage!({ data: answer } as MessageEvent<WorkerAnswer>);
  }
}

class StandInWindow extends EventTarget {
  document = { visibilityState: 'visible' as DocumentVisibilityState };
}

const URL_ = 'http://127.0.0.1:5000/api/invoke';

function setUp() {
  const worker = new StandInWorker();
  const host = new StandInWindow();
  const transport = createWorkerTransport(
    () => worker as unknown as Worker,
    host as unknown as Window,
  );
  return { worker, host, transport };
}

function readyTransport() {
  const setup = setUp();
  setup.worker.say({ ready: true });
  return setup;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createWorkerTransport', () => {
  it('leaves calls to the page until the worker says it is ready, then sends them there', async () => {
    const { worker, transport } = setUp();
    expect(transport.send(URL_, ['{}'])).toBeNull();
    worker.say({ ready: true });
    const sent = transport.send(URL_, ['{"channel":"article:save"}', new Uint8Array([1])]);
    expect(sent).not.toBeNull();
    expect(worker.calls).toEqual([
      { id: 1, url: URL_, parts: ['{"channel":"article:save"}', new Uint8Array([1])] },
    ]);
    worker.say({ id: 1, text: '{"ok":true}' });
    await expect(sent).resolves.toEqual({ text: '{"ok":true}' });
  });

  it('gives each answer to its own call, in whatever order they come', async () => {
    const { worker, transport } = readyTransport();
    const first = transport.send(URL_, ['a'])!;
    const second = transport.send(URL_, ['b'])!;
    worker.say({ id: 2, text: 'second' });
    worker.say({ id: 1, failure: 'the host did not answer' });
    await expect(first).resolves.toEqual({ failure: 'the host did not answer' });
    await expect(second).resolves.toEqual({ text: 'second' });
  });

  it('after an error in the worker, later calls go from the page and a call in flight still gets its answer', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { worker, transport } = readyTransport();
    const inFlight = transport.send(URL_, ['save'])!;
    worker.onerror!({ message: 'boom', preventDefault: () => undefined } as ErrorEvent);
    expect(transport.send(URL_, ['next'])).toBeNull();
    // The host may have written it: the save queue must hear its real answer.
    worker.say({ id: 1, text: 'written' });
    await expect(inFlight).resolves.toEqual({ text: 'written' });
  });

  it('after an unreadable answer, later calls go from the page', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { worker, transport } = readyTransport();
    worker.onmessageerror!();
    expect(transport.send(URL_, ['next'])).toBeNull();
  });

  it('fails a call unanswered for CALL_TIMEOUT_MS and stops using the worker', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { transport } = readyTransport();
    let result: WorkerResult | undefined;
    void transport.send(URL_, ['save'])!.then((r) => (result = r));
    await vi.advanceTimersByTimeAsync(CALL_TIMEOUT_MS - 1);
    expect(result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toEqual({ failure: 'the bridge worker did not answer' });
    expect(transport.send(URL_, ['next'])).toBeNull();
  });

  it('an answer in time clears its timer', async () => {
    vi.useFakeTimers();
    const { worker, transport } = readyTransport();
    const sent = transport.send(URL_, ['save'])!;
    worker.say({ id: 1, text: 'ok' });
    await expect(sent).resolves.toEqual({ text: 'ok' });
    await vi.advanceTimersByTimeAsync(CALL_TIMEOUT_MS * 2);
    expect(transport.send(URL_, ['next'])).not.toBeNull();
  });

  it('while the window is blurred, hidden or being left, the page sends the calls (the flush)', () => {
    const { host, transport } = readyTransport();
    const viaWorker = () => transport.send(URL_, ['x']) !== null;

    host.dispatchEvent(new Event('blur'));
    expect(viaWorker()).toBe(false);
    host.dispatchEvent(new Event('focus'));
    expect(viaWorker()).toBe(true);

    host.document.visibilityState = 'hidden';
    host.dispatchEvent(new Event('visibilitychange'));
    expect(viaWorker()).toBe(false);
    host.document.visibilityState = 'visible';
    host.dispatchEvent(new Event('visibilitychange'));
    expect(viaWorker()).toBe(true);

    host.dispatchEvent(new Event('beforeunload'));
    expect(viaWorker()).toBe(false);
    // A departure called off fires nothing; the next press ends it.
    host.dispatchEvent(new Event('pointerdown'));
    expect(viaWorker()).toBe(true);

    host.dispatchEvent(new Event('pagehide'));
    expect(viaWorker()).toBe(false);
    host.dispatchEvent(new Event('pageshow'));
    expect(viaWorker()).toBe(true);
  });

  it('without workers, every call goes from the page', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const transport = createWorkerTransport(
      () => {
        throw new Error('Worker is not defined');
      },
      new StandInWindow() as unknown as Window,
    );
    expect(transport.send(URL_, ['x'])).toBeNull();
  });
});

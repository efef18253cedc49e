/**
 * The web host's bridge calls, sent from a dedicated worker. In the page a
 * `fetch()` costs ≈ 0.8 ms of main-thread time to send and three tasks
 * (≈ 1.3–2.6 ms) to take in its answer — more than the whole autosave's own
 * work; here the page pays one postMessage each way (worker-transport.ts).
 * The body arrives as the parts jsonBlobParts made (strings and the cached
 * UTF-8 of unchanged blocks) and goes out as one string: the worker, not the
 * page, pays for joining and encoding it, and a string body (unlike a Blob) is
 * one Playwright's request events can read, which the kill test relies on.
 * Every call gets an answer: its text, or why it failed.
 */
import { INVOKE_PATH, postInvoke } from './invoke-request';
import { joinParts } from './json-blob';
import type { WorkerAnswer, WorkerCall } from './worker-protocol';

/** The part of a worker's global scope used here (the DOM lib has no worker types). */
interface WorkerScope {
  location: { origin: string };
  onmessage: ((event: MessageEvent<WorkerCall>) => void) | null;
  postMessage(message: WorkerAnswer): void;
}

const scope = self as unknown as WorkerScope;

async function answer({ url, parts }: WorkerCall): Promise<string> {
  // Only ever the host's own invoke route, whatever the page asks for.
  const target = new URL(url);
  if (target.origin !== scope.location.origin || target.pathname !== INVOKE_PATH)
    throw new Error(`not the bridge's address: ${url}`);
  return postInvoke(target.href, joinParts(parts));
}

scope.onmessage = (event) => {
  const { id } = event.data;
  answer(event.data).then(
    (text) => scope.postMessage({ id, text }),
    (error: unknown) => scope.postMessage({ id, failure: String(error) }),
  );
};

scope.postMessage({ ready: true });

/**
 * The web host's transport for the bridge: HTTP to the host's invoke route,
 * sent by the bridge worker when it can take the call (worker-transport.ts)
 * and by the page otherwise. Either way the host receives the same request.
 */
import type { NewsdeskBridge } from '../../../shared/ipc/bridge';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc/channels';
import type { Result } from '../../../shared/ipc/result';
import { INVOKE_PATH, keepAliveFits, postInvoke } from './invoke-request';
import { jsonBlobParts, requestBodyOf } from './json-blob';
import type { WorkerTransport } from './worker-transport';

export function createHttpBridge(origin: string, worker: WorkerTransport): NewsdeskBridge {
  const url = new URL(INVOKE_PATH, origin).href;
  return {
    async invoke<C extends Channel>(
      channel: C,
      request: RequestOf<C>,
    ): Promise<Result<ResponseOf<C>>> {
      try {
        // Unchanged blocks go in as bytes encoded by an earlier request (json-blob.ts).
        const parts = jsonBlobParts({ channel, request });
        const viaWorker = worker.send(url, parts);
        let text: string;
        if (viaWorker) {
          const answer = await viaWorker;
          if ('failure' in answer) throw new Error(answer.failure);
          text = answer.text;
        } else {
          // From the page a large body goes as a Blob, not a string: Chromium's
          // fetch() copies and encodes a string body on the main thread (≈ 5 ms
          // for a 110 KB article); a Blob is ≈ 4–10× cheaper. Small bodies (a
          // delta save, json-blob.ts BLOB_BODY_FROM_BYTES) are cheaper as strings.
          const body = requestBodyOf(parts);
          text = await postInvoke(url, body, { keepalive: keepAliveFits(body) });
        }
        return JSON.parse(text) as Result<ResponseOf<C>>;
      } catch (error) {
        return {
          ok: false,
          error: { code: 'io', message: `The Newsdesk host did not answer: ${String(error)}` },
        };
      }
    },
  };
}

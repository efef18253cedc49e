/**
 * The web host's transport for the bridge. The per-launch secret lives in an
 * HttpOnly, SameSite=Strict cookie set when the printed URL is first opened, so
 * no script can read it and no other site can send it.
 */
import type { NewsdeskBridge } from '../../../shared/ipc/bridge';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc/channels';
import type { Result } from '../../../shared/ipc/result';
import { jsonRequestBody } from './json-blob';

export const INVOKE_PATH = '/api/invoke';

export function createHttpBridge(origin: string): NewsdeskBridge {
  return {
    async invoke<C extends Channel>(
      channel: C,
      request: RequestOf<C>,
    ): Promise<Result<ResponseOf<C>>> {
      try {
        const response = await fetch(new URL(INVOKE_PATH, origin), {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', 'X-Newsdesk': '1' },
          // A large body goes as a Blob, not a string: Chromium's fetch() copies
          // and encodes a string body on the main thread (≈ 5 ms for a 110 KB
          // article); a Blob is ≈ 4–10× cheaper, and its unchanged blocks go in
          // as bytes encoded by an earlier request (json-blob.ts). Small bodies
          // (a delta save, json-blob.ts BLOB_BODY_FROM_BYTES) are cheaper as strings.
          body: jsonRequestBody({ channel, request }),
        });
        return (await response.json()) as Result<ResponseOf<C>>;
      } catch (error) {
        return {
          ok: false,
          error: { code: 'io', message: `The Newsdesk host did not answer: ${String(error)}` },
        };
      }
    },
  };
}

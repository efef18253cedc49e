/**
 * The web host's transport for the bridge. The per-launch secret lives in an
 * HttpOnly, SameSite=Strict cookie set when the printed URL is first opened, so
 * no script can read it and no other site can send it.
 */
import type { NewsdeskBridge } from '../../../shared/ipc/bridge';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc/channels';
import type { Result } from '../../../shared/ipc/result';
import { jsonBlob } from './json-blob';

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
          // A Blob, not the string: Chromium's fetch() copies and encodes a string
          // body on the main thread, which was most of an autosave's cost (≈ 5 ms
          // of a 110 KB article); a Blob is encoded once, ≈ 4–10× cheaper. The
          // body's unchanged blocks go in as bytes encoded by an earlier request
          // (json-blob.ts): only the envelope and the edited block are stringified.
          body: jsonBlob({ channel, request }),
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

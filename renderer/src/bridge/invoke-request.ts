/**
 * One bridge call over HTTP, as both the page (http-bridge.ts) and the bridge
 * worker (invoke-worker.ts) send it. The per-launch secret lives in an
 * HttpOnly, SameSite=Strict cookie set when the printed URL is first opened,
 * so no script can read it and no other site can send it; the custom header
 * makes any cross-origin attempt need a CORS preflight, which is never granted.
 */
export const INVOKE_PATH = '/api/invoke';

/**
 * The most a page call sends with `keepalive`: the browser lets a page have
 * 64 KiB of such bodies in flight at once, and refuses the call beyond that.
 */
export const KEEPALIVE_MAX_BYTES = 16 * 1024;

/**
 * Whether the page should send `body` with `keepalive`, so that the request
 * outlives the page: the page sends the calls itself while it is being left
 * (worker-transport.ts), and a flush's save must reach the host even when the
 * tab closes before the answer. Small string bodies only (a delta save, a
 * journal entry): a whole article would count against the browser's quota.
 */
export function keepAliveFits(body: BodyInit): boolean {
  if (typeof body !== 'string' || body.length > KEEPALIVE_MAX_BYTES) return false;
  return new TextEncoder().encode(body).byteLength <= KEEPALIVE_MAX_BYTES;
}

/** POSTs a JSON body to the host's invoke route; resolves with the answer's text. */
export async function postInvoke(
  url: string,
  body: BodyInit,
  options: { keepalive?: boolean } = {},
): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-Newsdesk': '1' },
    body,
    keepalive: options.keepalive ?? false,
  });
  return response.text();
}

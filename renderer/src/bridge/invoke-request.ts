/**
 * One bridge call over HTTP, as both the page (http-bridge.ts) and the bridge
 * worker (invoke-worker.ts) send it. The per-launch secret lives in an
 * HttpOnly, SameSite=Strict cookie set when the printed URL is first opened,
 * so no script can read it and no other site can send it; the custom header
 * makes any cross-origin attempt need a CORS preflight, which is never granted.
 */
export const INVOKE_PATH = '/api/invoke';

/** POSTs a JSON body to the host's invoke route; resolves with the answer's text. */
export async function postInvoke(url: string, body: BodyInit): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-Newsdesk': '1' },
    body,
  });
  return response.text();
}

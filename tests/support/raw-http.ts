/**
 * An HTTP GET that sends its path exactly as written. fetch (through URL) would
 * normalise `..`, `%2e%2e` and backslashes before they left the client, so the
 * tests that aim such paths at the web host need a request that does not.
 */
import http from 'node:http';

export interface RawResponse {
  status: number;
  body: string;
}

/** GETs `requestPath` from 127.0.0.1:`port` with only the given headers. */
export function rawGet(
  port: number,
  requestPath: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path: requestPath, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}

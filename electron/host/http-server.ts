/**
 * The web host: the same handler table as Electron's ipcMain, over HTTP on
 * 127.0.0.1. It exists because the Electron binary cannot be fetched on the
 * build machines, and it is how end-to-end tests drive the real renderer.
 *
 * Guarding a local server: it listens on loopback only; every request must carry
 * the per-launch secret (an HttpOnly, SameSite=Strict cookie set from the printed
 * URL); the Host header must name the loopback address (DNS rebinding); bridge
 * calls must come from our own origin with a JSON body and a custom header
 * (which another origin cannot send without a CORS preflight we never grant).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { resolveAssetPath, WEB_ASSET_PREFIX } from '../services/asset-paths';
import { ASSET_SECURITY_HEADERS, SECURITY_HEADERS } from '../services/content-security-policy';
import type { Dispatch } from '../services/handlers';
import { carriesSecret, sameSecret, secretCookie, secretCookieName } from './secret-cookie';
import { readStaticFile } from './static-files';

export const INVOKE_PATH = '/api/invoke';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface WebHostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  secret: string;
  port: number;
  /** The library whose stored figures `/media/<articleId>/<assetId>` serves; without it that route answers 404. */
  libraryPath?: string;
}

export interface RunningWebHost {
  server: Server;
  port: number;
  /** The one URL to open: it hands the secret to the browser once. */
  url: string;
  /** The name of the cookie the secret is kept in (secret-cookie.ts). */
  cookieName: string;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<RunningWebHost> {
  let origin = '';
  // Named after the library, so two hosts (two libraries) keep a cookie each.
  const cookieName = secretCookieName(options.libraryPath ?? options.rendererDir);
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      console.error('newsdesk web host:', error);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    if (!isLoopbackHost(request.headers.host, url.port)) {
      return send(response, 421, 'text/plain; charset=utf-8', 'Wrong host');
    }
    // One origin for the app, the one printed: opened at localhost too, it
    // was a second origin to the browser, with a Web Lock of its own, and so
    // a second Newsdesk tab beside the first (one-window.ts).
    if (request.headers.host !== new URL(origin).host && request.method !== 'POST') {
      response.writeHead(302, {
        ...SECURITY_HEADERS,
        Location: `${origin}${request.url ?? '/'}`,
        'Cache-Control': 'no-store',
      });
      response.end();
      return;
    }
    const offered = url.searchParams.get('secret');
    if (offered !== null && request.method === 'GET') {
      if (!sameSecret(offered, options.secret))
        return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden');
      url.searchParams.delete('secret');
      response.writeHead(302, {
        ...SECURITY_HEADERS,
        'Set-Cookie': secretCookie(cookieName, options.secret),
        Location: url.pathname + url.search,
        'Cache-Control': 'no-store',
      });
      response.end();
      return;
    }
    if (!carriesSecret(request.headers.cookie, cookieName, options.secret)) {
      return send(
        response,
        403,
        'text/plain; charset=utf-8',
        'Forbidden: open the URL the web host printed.',
      );
    }
    if (url.pathname === INVOKE_PATH) return invoke(request, response);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    }
    if (url.pathname.startsWith(`${WEB_ASSET_PREFIX}/`)) {
      return serveAsset(request, response, url.pathname.slice(WEB_ASSET_PREFIX.length));
    }
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    send(response, 200, file.contentType, file.body);
  }

  /**
   * Stored figures, behind the same secret as everything else. Every check on the
   * path lives in resolveAssetPath; the names are content hashes, so a response
   * never goes stale and the browser may keep it for good.
   */
  async function serveAsset(
    request: IncomingMessage,
    response: ServerResponse,
    displayPath: string,
  ): Promise<void> {
    const asset =
      options.libraryPath === undefined
        ? null
        : await resolveAssetPath(options.libraryPath, displayPath);
    if (!asset) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    const { size } = await stat(asset.filePath);
    response.writeHead(200, {
      ...ASSET_SECURITY_HEADERS,
      'Content-Type': asset.contentType,
      'Content-Length': String(size),
      'Cache-Control': 'private, max-age=31536000, immutable',
    });
    if (request.method === 'HEAD') return void response.end();
    // A reader scrolling away mid-image aborts the request: not an error worth a
    // log line, and pipeline has already closed both ends.
    await pipeline(createReadStream(asset.filePath), response).catch(() => undefined);
  }

  async function invoke(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST')
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    // Our own origin is the one the page was opened at: 127.0.0.1 or localhost
    // (handle() has already refused any other Host), both this server.
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== `http://${request.headers.host}`) {
      return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden origin');
    }
    if (
      request.headers['x-newsdesk'] !== '1' ||
      !request.headers['content-type']?.startsWith('application/json')
    ) {
      return send(response, 400, 'text/plain; charset=utf-8', 'Bad request');
    }
    let message: unknown;
    const received = performance.now();
    try {
      message = JSON.parse(await readBody(request));
    } catch (error) {
      return sendJson(response, {
        ok: false,
        error: { code: 'invalid-request', message: `Unreadable request: ${String(error)}` },
      });
    }
    const { channel, request: payload } = (message ?? {}) as {
      channel?: unknown;
      request?: unknown;
    };
    const parsed = performance.now();
    const result = await options.dispatch(channel, payload);
    const handled = performance.now();
    const body = JSON.stringify(result);
    // The host's share of a bridge call, for the browser's network timing (the
    // bench reports it beside the open row): reading and parsing the request, the
    // handler (e.g. reading, checking and hashing an article), and the response's
    // JSON. Same-origin only, like every response here.
    const timing = [
      `request;dur=${(parsed - received).toFixed(2)}`,
      `handler;dur=${(handled - parsed).toFixed(2)}`,
      `json;dur=${(performance.now() - handled).toFixed(2)}`,
    ].join(', ');
    send(response, 200, 'application/json; charset=utf-8', body, { 'Server-Timing': timing });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    server,
    port,
    url: `${origin}/?secret=${options.secret}`,
    cookieName,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser keeps idle keep-alive connections open for minutes, and
        // server.close() waits for them: end them so the host can stop at once.
        server.closeAllConnections();
      }),
  };
}

function isLoopbackHost(hostHeader: string | undefined, port: string): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(body);
}

function sendJson(response: ServerResponse, value: unknown): void {
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

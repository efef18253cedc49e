import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type RunningWebHost } from '../../../electron/host/http-server';
import { secretCookieName } from '../../../electron/host/secret-cookie';
import type { Dispatch } from '../../../electron/services/handlers';

const SECRET = 'a'.repeat(64);
let host: RunningWebHost;
let root: string;
const calls: unknown[] = [];
/** How long the handler of the `test:slow` channel takes, to see it in Server-Timing. */
const SLOW_HANDLER_MS = 40;
const dispatch: Dispatch = async (channel, request) => {
  calls.push({ channel, request });
  if (channel === 'test:slow') await new Promise((resolve) => setTimeout(resolve, SLOW_HANDLER_MS));
  return { ok: true, value: { echoed: channel } };
};

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-host-'));
  const rendererDir = path.join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(path.join(root, 'secret.html'), 'outside');
  await symlink(path.join(root, 'secret.html'), path.join(rendererDir, 'link.html'));
  host = await startWebHost({ dispatch, rendererDir, secret: SECRET, port: 0 });
});

afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

const base = () => `http://127.0.0.1:${host.port}`;
/** Read when spread, once the host (and so its cookie's name) exists. */
const cookie = {
  get Cookie() {
    return `${host.cookieName}=${SECRET}`;
  },
};

function invoke(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base()}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Newsdesk': '1', ...cookie, ...headers },
    body: JSON.stringify(body),
  });
}

describe('web host guards', () => {
  it('prints a loopback URL carrying the secret', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?secret=${SECRET}`);
  });

  it('trades the secret in the URL for an HttpOnly SameSite=Strict cookie', async () => {
    const response = await fetch(host.url, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    expect(response.headers.get('location')).toBe('/');
  });

  it('refuses a wrong secret in the URL', async () => {
    const response = await fetch(`${base()}/?secret=${'b'.repeat(64)}`, { redirect: 'manual' });
    expect(response.status).toBe(403);
  });

  it('refuses every request without the secret', async () => {
    expect((await fetch(`${base()}/index.html`)).status).toBe(403);
    const response = await fetch(`${base()}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Newsdesk': '1' },
      body: JSON.stringify({ channel: 'library:list', request: {} }),
    });
    expect(response.status).toBe(403);
    expect(calls).toHaveLength(0);
  });

  it('serves the renderer with the secret and a CSP header, and no CORS grant', async () => {
    const response = await fetch(`${base()}/`, { headers: cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses bridge calls from another origin', async () => {
    const before = calls.length;
    const response = await invoke(
      { channel: 'library:list', request: {} },
      { Origin: 'http://evil.example' },
    );
    expect(response.status).toBe(403);
    expect(calls.length).toBe(before);
  });

  it('refuses bridge calls without the custom header or JSON body', async () => {
    const response = await fetch(`${base()}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', ...cookie },
      body: JSON.stringify({ channel: 'library:list', request: {} }),
    });
    expect(response.status).toBe(400);
  });

  it('refuses a Host header that is not loopback (DNS rebinding)', async () => {
    const http = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/',
          headers: { Host: 'attacker.example', ...cookie },
        },
        (response) => resolve(response.statusCode ?? 0),
      );
      request.on('error', reject);
      request.end();
    });
    expect(status).toBe(421);
  });

  it('sends a page opened at localhost to 127.0.0.1, the one origin of the app, secret and all', async () => {
    const { status, headers } = await rawRequest({
      path: `/?secret=${SECRET}`,
      headers: { Host: `localhost:${host.port}` },
    });
    expect(status).toBe(302);
    expect(headers.location).toBe(`http://127.0.0.1:${host.port}/?secret=${SECRET}`);
  });

  it('passes bridge calls of the app opened at localhost, a loopback Host it serves, to dispatch', async () => {
    const localhost = `localhost:${host.port}`;
    const { status } = await rawRequest({
      method: 'POST',
      path: '/api/invoke',
      headers: {
        Host: localhost,
        Origin: `http://${localhost}`,
        'Content-Type': 'application/json',
        'X-Newsdesk': '1',
        ...cookie,
      },
      body: JSON.stringify({ channel: 'library:list', request: {} }),
    });
    expect(status).toBe(200);
    // Another page on the same machine is still another origin.
    const other = await rawRequest({
      method: 'POST',
      path: '/api/invoke',
      headers: {
        Host: localhost,
        Origin: `http://localhost:${host.port + 1}`,
        'Content-Type': 'application/json',
        'X-Newsdesk': '1',
        ...cookie,
      },
      body: JSON.stringify({ channel: 'library:list', request: {} }),
    });
    expect(other.status).toBe(403);
  });

  it('passes same-origin bridge calls to dispatch', async () => {
    const response = await invoke({ channel: 'library:list', request: {} }, { Origin: base() });
    expect(await response.json()).toEqual({ ok: true, value: { echoed: 'library:list' } });
  });

  it("reports the host's share of a bridge call in Server-Timing: request, handler, JSON", async () => {
    const response = await invoke({ channel: 'test:slow', request: {} }, { Origin: base() });
    expect(await response.json()).toEqual({ ok: true, value: { echoed: 'test:slow' } });
    const entries = Object.fromEntries(
      (response.headers.get('server-timing') ?? '').split(', ').map((entry) => {
        const [name, duration] = entry.split(';dur=');
        return [name, Number(duration)];
      }),
    );
    expect(Object.keys(entries)).toEqual(['request', 'handler', 'json']);
    for (const duration of Object.values(entries)) expect(duration).toBeGreaterThanOrEqual(0);
    // The handler's own wait is inside its entry (a timer may fire a little early).
    expect(entries.handler).toBeGreaterThanOrEqual(SLOW_HANDLER_MS - 5);
  });

  it.each([
    '/../secret.html',
    '/%2e%2e/secret.html',
    '/%252e%252e/secret.html',
    '/link.html',
    '/index.html%00.png',
  ])('does not serve %s from outside the renderer folder', async (requestPath) => {
    const response = await fetch(`${base()}${requestPath}`, { headers: cookie });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside');
  });
});

/** A raw request, with any method and headers (fetch refuses some, and follows others). */
function rawRequest(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}) {
  return new Promise<{ status: number; headers: Record<string, unknown> }>((resolve, reject) => {
    void import('node:http').then((http) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: options.method ?? 'GET',
          path: options.path,
          headers: options.headers ?? {},
        },
        (response) => {
          response.resume();
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers }),
          );
        },
      );
      request.on('error', reject);
      request.end(options.body);
    });
  });
}

const corsHeaders = (headers: Record<string, unknown>) =>
  Object.keys(headers).filter((name) => name.startsWith('access-control-'));

describe('web host: loopback, secret on every request, no CORS (issue #8)', () => {
  it('listens on 127.0.0.1 only', () => {
    const address = host.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
  });

  it('refuses /media without the secret cookie', async () => {
    const response = await rawRequest({ path: `/media/a1b2c3d4-0000/${'ab'.repeat(32)}.png` });
    expect(response.status).toBe(403);
  });

  it.each([
    // The cookie's name is the host's, known once it has started.
    ['a wrong secret', (name: string) => `${name}=${'b'.repeat(64)}`],
    ['the secret with a character more', (name: string) => `${name}=${SECRET}x`],
    ['the secret cut short', (name: string) => `${name}=${SECRET.slice(0, 63)}`],
    ['the secret under another cookie name', () => `other=${SECRET}`],
    [
      'the secret under the cookie name of another library’s host',
      () => `${secretCookieName('/another/library')}=${SECRET}`,
    ],
    ['an empty cookie', (name: string) => `${name}=`],
  ])('refuses a bridge call with %s, and dispatches nothing', async (_name, cookieFor) => {
    const cookieHeader = cookieFor(host.cookieName);
    const before = calls.length;
    const response = await rawRequest({
      method: 'POST',
      path: '/api/invoke',
      headers: { Cookie: cookieHeader, 'Content-Type': 'application/json', 'X-Newsdesk': '1' },
      body: JSON.stringify({ channel: 'library:list', request: {} }),
    });
    expect(response.status).toBe(403);
    expect(calls.length).toBe(before);
  });

  it('does not trade the secret in the URL for a cookie on a POST', async () => {
    const response = await rawRequest({ method: 'POST', path: `/?secret=${SECRET}` });
    expect(response.status).toBe(403);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('answers a CORS preflight from another origin with no grant, and dispatches nothing', async () => {
    const before = calls.length;
    const preflight = {
      method: 'OPTIONS',
      path: '/api/invoke',
      headers: {
        Origin: 'http://evil.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, x-newsdesk',
      },
    };
    // As a browser sends it (no cookies on a preflight), and even with the cookie.
    for (const extra of [{}, cookie]) {
      const response = await rawRequest({
        ...preflight,
        headers: { ...preflight.headers, ...extra },
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(corsHeaders(response.headers)).toEqual([]);
    }
    expect(calls.length).toBe(before);
  });

  it('sends no CORS headers on any answer, allowed or refused', async () => {
    const requests = [
      { path: '/', headers: { ...cookie, Origin: 'http://evil.example' } },
      { path: '/index.html', headers: { Origin: 'http://evil.example' } },
      { path: '/nope.js', headers: cookie },
      {
        method: 'POST',
        path: '/api/invoke',
        headers: {
          ...cookie,
          Origin: 'null',
          'Content-Type': 'application/json',
          'X-Newsdesk': '1',
        },
        body: JSON.stringify({ channel: 'library:list', request: {} }),
      },
    ];
    for (const request of requests) {
      const response = await rawRequest(request);
      expect(corsHeaders(response.headers), request.path).toEqual([]);
    }
  });

  it('refuses a bridge call from the opaque "null" origin (a sandboxed frame or a file)', async () => {
    const before = calls.length;
    const response = await invoke({ channel: 'library:list', request: {} }, { Origin: 'null' });
    expect(response.status).toBe(403);
    expect(calls.length).toBe(before);
  });
});

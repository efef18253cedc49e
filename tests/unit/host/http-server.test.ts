import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SECRET_COOKIE,
  startWebHost,
  type RunningWebHost,
} from '../../../electron/host/http-server';
import type { Dispatch } from '../../../electron/services/handlers';

const SECRET = 'a'.repeat(64);
let host: RunningWebHost;
let root: string;
const calls: unknown[] = [];
const dispatch: Dispatch = async (channel, request) => {
  calls.push({ channel, request });
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
const cookie = { Cookie: `${SECRET_COOKIE}=${SECRET}` };

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

  it('passes same-origin bridge calls to dispatch', async () => {
    const response = await invoke({ channel: 'library:list', request: {} }, { Origin: base() });
    expect(await response.json()).toEqual({ ok: true, value: { echoed: 'library:list' } });
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

/**
 * The web host's secret cookie next to other servers on 127.0.0.1. A cookie
 * belongs to a host name, not to a port: the browser sends the cookies of
 * 127.0.0.1 to every port of it, and a page served from any of them may set
 * cookies for all. So a second web host (another library), or a page on another
 * local server, must not be able to take the reporter's session away: every
 * save and journal write of the open tab would then be refused.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type RunningWebHost } from '../../../electron/host/http-server';
import type { Dispatch } from '../../../electron/services/handlers';

const dispatch: Dispatch = async (channel) => ({ ok: true, value: { echoed: channel } });
let root: string;
let rendererDir: string;
let first: RunningWebHost;
let second: RunningWebHost;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-cookie-'));
  rendererDir = path.join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  first = await startWebHost({
    dispatch,
    rendererDir,
    secret: 'a'.repeat(64),
    port: 0,
    libraryPath: path.join(root, 'library-1'),
  });
  second = await startWebHost({
    dispatch,
    rendererDir,
    secret: 'b'.repeat(64),
    port: 0,
    libraryPath: path.join(root, 'library-2'),
  });
});

afterAll(async () => {
  await Promise.all([first.close(), second.close()]);
  await rm(root, { recursive: true, force: true });
});

/** What the browser stores when `host`'s printed URL is opened: the Set-Cookie's name, value and path. */
async function tradeSecret(host: RunningWebHost) {
  const response = await fetch(host.url, { redirect: 'manual' });
  expect(response.status).toBe(302);
  const setCookie = response.headers.get('set-cookie') ?? '';
  const [pair = '', ...attributes] = setCookie.split(';').map((part) => part.trim());
  const equals = pair.indexOf('=');
  return {
    name: pair.slice(0, equals),
    value: pair.slice(equals + 1),
    path: attributes.find((attribute) => attribute.startsWith('Path='))?.slice('Path='.length),
  };
}

function listLibrary(host: RunningWebHost, cookieHeader: string) {
  return fetch(`http://127.0.0.1:${host.port}/api/invoke`, {
    method: 'POST',
    headers: { Cookie: cookieHeader, 'Content-Type': 'application/json', 'X-Newsdesk': '1' },
    body: JSON.stringify({ channel: 'library:list', request: {} }),
  });
}

describe('the secret cookie beside other servers on 127.0.0.1', () => {
  it('is one per library: opening a second host does not replace the first one’s cookie', async () => {
    const a = await tradeSecret(first);
    const b = await tradeSecret(second);
    // Same name, host and path: the browser keeps only the later one, and
    // the first host's tab is refused from then on.
    expect({ name: b.name, path: b.path }).not.toEqual({ name: a.name, path: a.path });
  });

  it('is the same at the next launch on the same library, so a browser gathers no cookie per launch', async () => {
    const relaunched = await startWebHost({
      dispatch,
      rendererDir,
      secret: 'c'.repeat(64),
      port: 0,
      libraryPath: path.join(root, 'library-1'),
    });
    try {
      expect(relaunched.port).not.toBe(first.port);
      expect((await tradeSecret(relaunched)).name).toBe((await tradeSecret(first)).name);
    } finally {
      await relaunched.close();
    }
  });

  it('still lets the tab in when another page on 127.0.0.1 set a cookie of the same name', async () => {
    const { name, value } = await tradeSecret(first);
    // A page on any other port of 127.0.0.1 may set `name=…; Path=/api`: a
    // longer path, so the browser sends it first, before the real one.
    const response = await listLibrary(first, `${name}=${'e'.repeat(64)}; ${name}=${value}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, value: { echoed: 'library:list' } });
  });

  it('refuses a request whose every cookie of that name is wrong', async () => {
    const { name } = await tradeSecret(first);
    const response = await listLibrary(
      first,
      `${name}=${'e'.repeat(64)}; ${name}=${'b'.repeat(64)}`,
    );
    expect(response.status).toBe(403);
  });
});

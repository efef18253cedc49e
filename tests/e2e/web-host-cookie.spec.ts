/**
 * The web host's secret cookie in a real browser, beside other servers on
 * 127.0.0.1. Cookies are per host name, not per port: a second web host (a
 * second library) or a page on any other local server shares the jar with
 * Newsdesk's tab. Neither may lock that tab out of its own host: every save
 * and journal write would be refused, and what the reporter types lost.
 */
import type { Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './support/app-fixture';
import { makeHostDirs, startWebHostProcess } from './support/web-host';

/** A bridge call from `page`, as the renderer makes one: the HTTP status and the answer. */
async function listLibrary(page: Page): Promise<{ status: number; ok: unknown }> {
  return page.evaluate(async () => {
    const response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-newsdesk': '1' },
      body: JSON.stringify({ channel: 'library:list', request: {} }),
    });
    const text = await response.text();
    return { status: response.status, ok: response.ok && (JSON.parse(text) as { ok: unknown }).ok };
  });
}

test('opening a second web host in the same browser leaves the first tab able to save', async ({
  page,
  app,
}) => {
  await app.open();
  const dirs = await makeHostDirs();
  const other = await startWebHostProcess(dirs);
  try {
    const second = await page.context().newPage();
    await second.goto(other.url);
    await expect(second.getByRole('button', { name: 'New article' })).toBeVisible();

    expect(await listLibrary(page)).toEqual({ status: 200, ok: true });
    const { headline } = await app.newArticle();
    await headline.fill('Still saved after a second library was opened');
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  } finally {
    await other.stop();
    await dirs.cleanup();
  }
});

test('a page on another port of 127.0.0.1 cannot lock the tab out with a cookie of the same name', async ({
  page,
  app,
}) => {
  await app.open();
  const names = (await page.context().cookies())
    .filter((cookie) => cookie.domain === '127.0.0.1')
    .map((cookie) => cookie.name);
  expect(names.length).toBeGreaterThan(0);
  // Any local server may answer with cookies for 127.0.0.1; a longer path
  // makes the browser send this one before the host's own.
  const tosser: Server = createServer((_request, response) => {
    response.writeHead(200, {
      'Content-Type': 'text/html',
      'Set-Cookie': names.map((name) => `${name}=${'e'.repeat(64)}; Path=/api; SameSite=Lax`),
    });
    response.end('<!doctype html><title>another local page</title>');
  });
  await new Promise<void>((resolve) => tosser.listen(0, '127.0.0.1', resolve));
  try {
    const elsewhere = await page.context().newPage();
    await elsewhere.goto(`http://127.0.0.1:${(tosser.address() as AddressInfo).port}/`);
    await elsewhere.close();

    expect(await listLibrary(page)).toEqual({ status: 200, ok: true });
  } finally {
    tosser.closeAllConnections();
    await new Promise((resolve) => tosser.close(resolve));
  }
});

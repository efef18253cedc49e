/**
 * The web host's bridge calls go out from a worker (renderer/src/bridge/
 * worker-transport.ts), so the page pays one message each way instead of a
 * fetch and its answer tasks; when the worker cannot take a call, the page
 * sends it itself. Both paths reach the same host and write the same files.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/app-fixture';

/** Records the bridge channels the page itself sends with fetch (not its workers). */
async function recordPageFetches(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __pageCalls: string[] };
    w.__pageCalls = [];
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const body = init?.body;
      void (body instanceof Blob ? body.text() : Promise.resolve(String(body))).then((text) => {
        const channel = /"channel":"([^"]+)"/.exec(text)?.[1];
        if (channel) w.__pageCalls.push(channel);
      });
      return original(input, init);
    };
  });
  return () => page.evaluate(() => (window as unknown as { __pageCalls: string[] }).__pageCalls);
}

/** The channels of every bridge request the browser sent, from the page or a worker. */
function recordAllCalls(page: Page): string[] {
  const channels: string[] = [];
  page.on('request', (request) => {
    const channel = /"channel":"([^"]+)"/.exec(request.postData() ?? '')?.[1];
    if (request.url().endsWith('/api/invoke') && channel) channels.push(channel);
  });
  return channels;
}

test('autosaves go out from the bridge worker, not from the page', async ({ page, app }) => {
  const pageCalls = await recordPageFetches(page);
  const allCalls = recordAllCalls(page);
  await app.open();
  const { body } = await app.newArticle();
  await body.click();
  await page.keyboard.type('Mưa lớn ở Huế');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });

  expect(page.workers().map((worker) => worker.url())).toContainEqual(
    expect.stringMatching(/invoke-worker/),
  );
  expect(allCalls).toContain('article:save');
  expect(await pageCalls()).not.toContain('article:save');
  const [file] = await app.articleFiles();
  expect(await readFile(file!, 'utf8')).toContain('Mưa lớn ở Huế');
});

test('when the bridge worker fails, the page sends the calls itself and the words reach the disk', async ({
  page,
  app,
}) => {
  // A worker that starts and passes every call on, but fails the first save
  // and then breaks (an error outside any call).
  await page.route('**/invoke-worker-*.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `
        const decoder = new TextDecoder();
        const send = async (id, url, body) => {
          const response = await fetch(url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'X-Newsdesk': '1' },
            body,
          });
          self.postMessage({ id, text: await response.text() });
        };
        self.onmessage = ({ data: { id, url, parts } }) => {
          const body = parts.map((p) => (typeof p === 'string' ? p : decoder.decode(p))).join('');
          if (body.includes('"article:save"')) {
            self.postMessage({ id, failure: 'the worker broke' });
            throw new Error('the worker broke');
          }
          void send(id, url, body);
        };
        self.postMessage({ ready: true });`,
    }),
  );
  const pageCalls = await recordPageFetches(page);
  await app.open();
  const { body } = await app.newArticle();
  await body.click();
  const status = page.getByRole('status');
  await page.keyboard.type('Mưa lớn');
  // The save sent to the worker fails, and says so; the next goes from the page.
  await expect(status).toContainText('Could not save', { timeout: 10_000 });
  await page.keyboard.type(' ở Huế');
  await expect(status).toHaveText('Saved', { timeout: 10_000 });

  expect(await pageCalls()).toContain('article:save');
  const [file] = await app.articleFiles();
  expect(await readFile(file!, 'utf8')).toContain('Mưa lớn ở Huế');
});

test('words typed just before the page is reloaded reach the disk', async ({ page, app }) => {
  await app.open();
  const { body } = await app.newArticle();
  await body.click();
  const [file] = await app.articleFiles();
  // Reloaded before the autosave's delay and the journal's write: only the
  // flush on leaving (useFlushOnLeave) saves this, while the worker goes with
  // its page. The transport sends calls made while leaving from the page.
  await page.keyboard.type('Tin nóng');
  await page.reload();
  await expect.poll(() => readFile(file!, 'utf8'), { timeout: 10_000 }).toContain('Tin nóng');
});

test('words typed just before the tab is closed reach the disk', async ({ page, app }) => {
  await app.open();
  const { body } = await app.newArticle();
  await body.click();
  const [file] = await app.articleFiles();
  await page.keyboard.type('Tin nóng lúc nửa đêm');
  // The tab goes at once, before the autosave's delay and the journal's write:
  // only the flush on leaving saves this, and its request outlives the page.
  await page.close({ runBeforeUnload: false });
  await expect
    .poll(() => readFile(file!, 'utf8'), { timeout: 10_000 })
    .toContain('Tin nóng lúc nửa đêm');
});

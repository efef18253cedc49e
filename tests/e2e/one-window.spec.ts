/**
 * One Newsdesk page at a time, as the desktop app's single-instance lock
 * gives: a second tab on the same web host waits, saying why, and becomes
 * Newsdesk once the first is closed. Two tabs editing one article overwrote
 * each other's recovery journal entry, and one tab's unsaved words were lost.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';

test('a second tab waits while Newsdesk is open in the first, and opens once it is closed', async ({
  page,
  app,
}) => {
  await app.open();
  const second = await page.context().newPage();
  await second.goto(app.host!.url);
  await expect(
    second.getByText('Newsdesk is already open in another tab or window.', { exact: false }),
  ).toBeVisible();
  await expect(second.getByRole('button', { name: 'New article' })).toHaveCount(0);
  // The first tab is untouched by the second.
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();

  await page.close();
  await expect(second.getByRole('button', { name: 'New article' })).toBeVisible({
    timeout: 10_000,
  });
});

test('a reload is still Newsdesk, not "open elsewhere"', async ({ page, app }) => {
  await app.open();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  await expect(page.getByText('already open in another tab', { exact: false })).toHaveCount(0);
});

test('a second tab opened at localhost waits too: it is the same Newsdesk', async ({
  page,
  app,
}) => {
  await app.open();
  const second = await page.context().newPage();
  // The web host serves the app at both names of the loopback address.
  await second.goto(app.host!.url.replace('//127.0.0.1:', '//localhost:'));
  await expect(
    second.getByText('Newsdesk is already open in another tab or window.', { exact: false }),
  ).toBeVisible();
  await expect(second.getByRole('button', { name: 'New article' })).toHaveCount(0);
});

/** A bridge call from `page`, as the renderer makes one over the web host. */
async function invoke(page: Page, channel: string, request: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ channel, request }) => {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-newsdesk': '1' },
        body: JSON.stringify({ channel, request }),
      });
      return response.json();
    },
    { channel, request },
  );
}

test('a tab that waited opens with the settings as they are then, not as they were when it loaded', async ({
  page,
  app,
}) => {
  await app.open();
  const second = await page.context().newPage();
  await second.goto(app.host!.url);
  await expect(
    second.getByText('Newsdesk is already open in another tab or window.', { exact: false }),
  ).toBeVisible();
  // The first tab changes the house style while the second waits.
  const info = (await invoke(page, 'app:info', {})) as { value: { houseStyle: object } };
  const changed = await invoke(page, 'settings:update', {
    houseStyle: { ...info.value.houseStyle, toneStyle: 'new' },
  });
  expect(changed).toMatchObject({ ok: true });
  await page.close();
  await expect(second.getByRole('button', { name: 'New article' })).toBeVisible({
    timeout: 10_000,
  });
  await second.getByRole('button', { name: 'Settings' }).click();
  // Another house-style change from the second tab keeps the first tab's.
  await second.getByRole('checkbox', { name: 'Use curly quotes' }).click();
  await expect
    .poll(async () => {
      const now = (await invoke(second, 'app:info', {})) as {
        value: { houseStyle: { toneStyle: string; curlyQuotes: boolean } };
      };
      return now.value.houseStyle;
    })
    .toMatchObject({ toneStyle: 'new', curlyQuotes: false });
});

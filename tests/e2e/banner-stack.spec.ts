/**
 * The error banners. The same failure said again is one banner, not a pile
 * of them: with the settings folder read-only, each keystroke in a Settings
 * number field and each click on a checkbox added another "Could not change
 * the setting". And dismissing one from the keyboard keeps the focus in play.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/app-fixture';

test('a failure that repeats is shown once', async ({ page, app }) => {
  await app.open();
  await page.route('**/api/invoke', async (route) => {
    if (!route.request().postData()?.includes('"settings:update"')) return route.continue();
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: {
          code: 'io',
          message: 'settings:update failed: EROFS: read-only file system',
          detail: { key: 'errors.fs.readOnly', params: { path: '/config', code: 'EROFS' } },
        },
      }),
    });
  });
  await page.getByRole('button', { name: 'Settings' }).click();
  const quotes = page.getByRole('checkbox', { name: /curly quotes/ });
  await quotes.click();
  await expect(page.getByRole('alert')).toContainText('Could not change the setting');
  await quotes.click();
  await quotes.click();
  await page
    .getByRole('textbox', { name: 'Longest headline (characters)' })
    .or(page.getByRole('spinbutton', { name: 'Longest headline (characters)' }))
    .fill('120');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveCount(1);
});

test('a banner dismissed from the keyboard hands the focus on, never to the page', async ({
  page,
  app,
}) => {
  await mkdir(app.dirs.config, { recursive: true });
  await writeFile(path.join(app.dirs.config, 'settings.json'), '{"language": "en",');
  await app.start({ NEWSDESK_LIBRARY: path.join(app.dirs.library, 'unplugged', 'Newsdesk') });
  const banners = page.getByRole('alert');
  await expect(banners).toHaveCount(2);
  const dismiss = page.getByRole('button', { name: 'Dismiss' });

  // The last banner: the focus goes to the one before it.
  await dismiss.last().focus();
  await page.keyboard.press('Enter');
  await expect(banners).toHaveCount(1);
  await expect(dismiss).toBeFocused();
  // The only one: the focus goes on to what follows it, not back to the start.
  await page.keyboard.press('Enter');
  await expect(banners).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
  await expect(page.getByRole('button', { name: 'New article' })).toBeFocused();
});

/**
 * The keyboard shortcuts sheet through the web host: opened from the header
 * and with Ctrl+/ (the web host has no native menu), listing Ctrl shortcuts on
 * Linux, in English and in Vietnamese.
 */
import { expect, test } from './support/app-fixture';

test('lists the shortcuts for this platform in English, from the header and Ctrl+/', async ({
  page,
  app,
}) => {
  await app.start();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  const row = (label: string) => sheet.locator('.shortcuts-row', { hasText: label });
  await expect(row('Export HTML…').locator('kbd')).toHaveText('Ctrl+E');
  // What a browser keeps for itself (Ctrl+N opens a window) or the web host
  // cannot do (open a library, print the article) is not promised here.
  await expect(row('New article')).toHaveCount(0);
  await expect(row('Print…')).toHaveCount(0);
  await expect(row('Paste as plain text').locator('kbd')).toHaveText('Ctrl+Shift+V');
  await expect(row('Redo').locator('kbd')).toHaveText('Ctrl+Y');
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();

  await page.keyboard.press('Control+Slash');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // In a short window the sheet scrolls, and it opens at its title, not at the
  // Close button at the bottom; Tab still reaches Close.
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.keyboard.press('Control+Slash');
  await expect(sheet.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('speaks Vietnamese', async ({ page, app }) => {
  await app.start({ NEWSDESK_LANG: 'vi' });
  await page.getByRole('button', { name: 'Phím tắt' }).click();
  const sheet = page.getByRole('dialog', { name: 'Phím tắt' });
  await expect(
    sheet.locator('.shortcuts-row', { hasText: 'Xuất HTML…' }).locator('kbd'),
  ).toHaveText('Ctrl+E');
  await expect(sheet.getByRole('heading', { name: 'Định dạng' })).toBeVisible();
});

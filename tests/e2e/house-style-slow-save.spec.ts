/**
 * House-style changes made while the one before is still being saved (a slow
 * disk, a settings folder on a network drive): each keeps the other. The page
 * sent the whole house style with the other values as it last heard them, so
 * ticking "curly quotes" while a new headline limit was on its way put the
 * old limit back, and the field went on showing the new one.
 */
import { expect, test } from './support/app-fixture';

test('a house-style change made while the previous one is saving keeps that one', async ({
  page,
  app,
}) => {
  await app.open();
  await page.route('**/api/invoke', async (route) => {
    if (!route.request().postData()?.includes('"settings:update"')) return route.continue();
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('spinbutton', { name: 'Longest headline (characters)' }).fill('120');
  const quotes = page.getByRole('checkbox', { name: /curly quotes/ });
  await quotes.click();
  // Unticked once the second change is saved.
  await expect(quotes).not.toBeChecked({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Longest headline (characters)' })).toHaveValue(
    '120',
  );
  await expect(quotes).not.toBeChecked();
});

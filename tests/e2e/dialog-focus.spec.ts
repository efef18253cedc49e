/**
 * A dialog hands the focus back to what opened it: a keyboard user who opens
 * Settings, the shortcuts sheet or a confirmation and closes it goes on from
 * that button, not from the start of the window (the dialogs are removed from
 * the page when they close, and used to take the focus with them).
 */
import { expect, test } from './support/app-fixture';

test('Settings, the shortcuts sheet and the trash confirmation give the focus back when closed', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline } = await app.newArticle();
  await headline.fill('Tin nhanh');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });

  const openers = [
    page.getByRole('button', { name: 'Settings' }),
    page.getByRole('button', { name: 'Keyboard shortcuts' }),
    page.getByRole('button', { name: /^Move “.*” to trash$/ }).first(),
  ];
  for (const opener of openers) {
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[open]');
    await expect(dialog).toBeVisible();
    await expect(opener).not.toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
  }
});

test('a house-style limit outside its range says it was not saved, and why', async ({
  page,
  app,
}) => {
  await app.open();
  await page.getByRole('button', { name: 'Settings' }).click();
  const field = page.getByRole('spinbutton', { name: 'Longest headline (characters)' });
  await field.fill('5');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(
    'Not saved: use a whole number from 10 to 1,000. 90 is kept.',
  );
  await field.fill('120');
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByText(/^Not saved/)).toHaveCount(0);
});

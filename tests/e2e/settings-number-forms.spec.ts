/**
 * A house-style limit is saved only as digits: a number input also takes
 * "1e2" (and "9."), which was saved as 100 while the field still showed "1e2".
 */
import { expect, test } from './support/app-fixture';

test('a limit typed in another number form is not saved, and says so', async ({ page, app }) => {
  await app.open();
  const settings = page.getByRole('button', { name: 'Settings' });
  await settings.click();
  const field = page.getByRole('spinbutton', { name: 'Longest headline (characters)' });
  await field.fill('1e2');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(
    'Not saved: use a whole number from 10 to 1,000. 90 is kept.',
  );
  await page.keyboard.press('Escape');
  await settings.click();
  await expect(field).toHaveValue('90');
});

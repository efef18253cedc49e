/**
 * A finding in the Checks panel quotes the article ("… “hoà bình”"): the
 * quote is the article's Vietnamese, whatever the UI speaks, or an English
 * screen reader voice reads it as English words (as the library list and a
 * version's preview already mark it).
 */
import { expect, test } from './support/app-fixture';

test('the article text a finding quotes is marked Vietnamese in the English UI', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill('Hà Nội mùa thu');
  await body.click();
  // New-style tone marks, with the house style old (the default): a finding that quotes the word.
  await page.keyboard.insertText('Thủ đô hoà bình, trời trong xanh.');
  await page.getByRole('button', { name: 'Checks' }).click();
  const panel = page.getByRole('region', { name: 'Checks before publication' });
  const quoted = panel.locator('.check-excerpt').filter({ hasText: 'hoà' }).first();
  await expect(quoted).toBeVisible();
  const languageOf = (locator: typeof quoted) =>
    locator.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'));
  expect(await languageOf(quoted)).toBe('vi');
  // The finding's own words stay the UI's.
  expect(await languageOf(panel.locator('.check-message').first())).toBe('en');
});

/**
 * Why an image was refused reads in the language switched to, as the rest of
 * the window does: it was kept as the sentence made at the time, so after a
 * switch to Vietnamese the banner said "Could not insert…" above a "Bỏ qua"
 * button.
 */
import { expect, test } from './support/app-fixture';

test('an image refusal still up when the language is switched reads in the new language', async ({
  page,
  app,
}) => {
  await app.open();
  const { body } = await app.newArticle();
  await body.click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Insert image' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'ghi-chu.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('không phải ảnh'),
  });
  const refusal = page.locator('.figure-import-errors');
  await expect(refusal).toContainText('Could not insert “ghi-chu.jpg”');

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('vi');
  await page.getByRole('dialog').getByRole('button', { name: 'Đóng', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Chèn ảnh' })).toBeVisible();
  await expect(refusal.locator('.banner-text')).toHaveText(/^Không chèn được “ghi-chu.jpg”: /);
});

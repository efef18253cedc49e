/**
 * "Copy headline" and "Copy sapo" on a field with nothing in it: nothing is
 * copied and the panel says why. An empty string used to go onto the
 * clipboard over what the reporter had there, with "Copied to the clipboard."
 */
import { expect, test } from './support/app-fixture';

test('Copy headline and Copy sapo refuse an empty field and leave the clipboard as it was', async ({
  page,
  context,
  app,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();
  const { body } = await app.newArticle();
  await body.click();
  await page.keyboard.insertText('Đoạn mở đầu, chưa có tiêu đề và sapo.');
  await page.evaluate(() => navigator.clipboard.writeText('Tin nhắn của biên tập viên'));
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await page.getByRole('button', { name: 'Copy headline' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Not copied: the article has no headline; write one first.',
  );
  expect(await clipboard()).toBe('Tin nhắn của biên tập viên');

  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill('Rét đậm ở Hà Nội');
  await page.getByRole('button', { name: 'Copy sapo' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Not copied: the article has no sapo; write one first.',
  );
  expect(await clipboard()).toBe('Tin nhắn của biên tập viên');

  await page.getByRole('button', { name: 'Copy headline' }).click();
  await expect.poll(clipboard).toBe('Rét đậm ở Hà Nội');
  await expect(page.locator('.export-message')).toHaveText('Copied to the clipboard.');
});

/**
 * The preview closed from the keyboard, wherever the focus is in it: Escape
 * in the page shown (a frame, whose keys never reach the pane) and View ▸
 * Preview's Ctrl+Shift+R give the focus to the Preview button, as Escape and
 * "Close preview" on the pane's own buttons do.
 */
import { expect, test } from './support/app-fixture';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

test('Escape in the page shown closes the preview and gives the focus to the Preview button', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline } = await app.newArticle();
  await headline.fill('Hà Nội mở thêm ba tuyến buýt điện');
  const toggle = page.getByRole('button', { name: 'Preview', exact: true });
  await toggle.click();
  const preview = page.getByRole('region', { name: 'Preview' });
  const frame = preview.locator('iframe');
  await expect(frame).toHaveCount(1);
  await expect(
    page.frameLocator('.preview-frame').getByRole('heading', { name: /Hà Nội/ }),
  ).toBeVisible();
  await preview.getByRole('button', { name: 'Close preview' }).focus();
  await page.keyboard.press('Tab');
  await expect(frame).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
  await expect(toggle).toBeFocused();
});

test('Ctrl+Shift+R closing the preview from inside it gives the focus to the Preview button', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill('Hà Nội mở thêm ba tuyến buýt điện');
  const toggle = page.getByRole('button', { name: 'Preview', exact: true });
  await toggle.click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await preview.getByRole('button', { name: 'Phone' }).click();
  await page.keyboard.press(`${mod}+Shift+r`);
  await expect(preview).toHaveCount(0);
  await expect(toggle).toBeFocused();

  // From the text, the shortcut leaves the focus where the reporter types.
  await body.click();
  await page.keyboard.press(`${mod}+Shift+r`);
  await expect(preview).toBeVisible();
  await page.keyboard.press(`${mod}+Shift+r`);
  await expect(preview).toHaveCount(0);
  await expect(body).toBeFocused();
});

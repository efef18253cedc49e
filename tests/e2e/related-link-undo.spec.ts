/**
 * Ctrl+Z after a refused link was typed over a good one: the good link comes
 * back, and with it the field's valid look. The refusal stayed on screen
 * (an alert under the field, the field marked invalid) over the link restored.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
const GOOD_LINK = 'https://vnexpress.net/gia-lua-gao-tang-manh.html';

async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
}

test('undoing a refused link restores the good one without the refusal', async ({ page, app }) => {
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill('Tổng hợp tin nông nghiệp trong ngày');
  await body.click();
  await page.keyboard.insertText('Đoạn mở đầu.');
  await page.getByRole('button', { name: 'Insert related news' }).click();
  const block = page.getByRole('region', { name: 'Related news box' });
  const link = block.getByRole('textbox', { name: 'Related link' });
  await link.fill(GOOD_LINK);
  // Typing in another field ends the link's typing run: the next one is an undo step of its own.
  await block.getByRole('textbox', { name: 'Related headline' }).fill('Giá lúa gạo tăng mạnh');
  await expectSaved(page);

  await link.selectText();
  await page.keyboard.type('javascript:alert(1)');
  await expect(block.getByRole('alert')).toContainText('Only web links');
  await expect(link).toHaveAttribute('aria-invalid', 'true');

  await page.keyboard.press(`${mod}+z`);
  await expect(link).toHaveValue(GOOD_LINK);
  await expect(block.getByRole('alert')).toHaveCount(0);
  await expect(link).not.toHaveAttribute('aria-invalid', 'true');
  await expect(link).toBeFocused();
});

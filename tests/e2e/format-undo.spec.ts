/**
 * Bold put on the words just typed is an undo step of its own: one Ctrl+Z
 * takes the bold away and leaves the words. The typing run (typing-bursts.ts)
 * took the format's split of the text node for a keystroke and merged it into
 * the typing, so the Ctrl+Z emptied the paragraph.
 */
import { expect, test } from './support/app-fixture';
import { pressAndSyncCaret, watchCaretSync } from './support/caret-sync';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

test('Ctrl+Z right after Ctrl+B on the word just typed takes only the bold away', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill('Đậm rồi hoàn tác');
  await body.click();
  await watchCaretSync(page);
  await page.keyboard.type('Hà Nội');
  for (let i = 0; i < 3; i++) await pressAndSyncCaret(page, 'Shift+ArrowLeft');
  await page.keyboard.press(`${mod}+b`);
  await expect(body.locator('strong')).toHaveText('Nội');

  await page.keyboard.press(`${mod}+z`);
  await expect(body.locator('p').first()).toHaveText('Hà Nội');
  await expect(body.locator('strong')).toHaveCount(0);
});

test('the toolbar’s Bold on the word just typed is undone alone too', async ({ page, app }) => {
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill('Đậm bằng nút rồi hoàn tác');
  await body.click();
  await watchCaretSync(page);
  await page.keyboard.type('Đà Nẵng');
  for (let i = 0; i < 4; i++) await pressAndSyncCaret(page, 'Shift+ArrowLeft');
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  await toolbar.getByRole('button', { name: 'Bold' }).click();
  await expect(body.locator('strong')).toHaveText('Nẵng');

  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(body.locator('p').first()).toHaveText('Đà Nẵng');
  await expect(body.locator('strong')).toHaveCount(0);
});

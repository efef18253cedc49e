/**
 * A format chosen on purpose after a Backspace is kept: BackspaceKeepsFormat
 * re-applies the deleted letter's format only against Lexical re-reading it
 * from the text beside the caret, never against Ctrl+B/I/U pressed there.
 * Since it acts on plain one-letter nodes too, "type a letter, Backspace it,
 * Ctrl+B" at the start of a paragraph typed plain text.
 */
import { expect, test } from './support/app-fixture';
import { pressAndSyncCaret, watchCaretSync } from './support/caret-sync';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

test('Ctrl+B after a Backspace that emptied the paragraph makes what follows bold', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill('Đậm sau xoá');
  await body.click();
  await watchCaretSync(page);
  await page.keyboard.type('T');
  await pressAndSyncCaret(page, 'Backspace');
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.type('Tin nóng');
  await expect(body.locator('p').first()).toHaveText('Tin nóng');
  await expect(body.locator('strong')).toHaveText('Tin nóng');
});

test('Ctrl+I after deleting the plain letter typed after bold makes what follows italic', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill('Nghiêng sau xoá');
  await body.click();
  await watchCaretSync(page);
  await page.keyboard.type('Xem ');
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.type('AB');
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.type('x');
  await pressAndSyncCaret(page, 'Backspace');
  await page.keyboard.press(`${mod}+i`);
  await page.keyboard.type('nhé');
  await expect(body.locator('p').first()).toHaveText('Xem ABnhé');
  // Italic as asked (Lexical marks bold with italic as <strong class="body-italic">).
  await expect(body.locator('.body-italic')).toHaveText('nhé');
});

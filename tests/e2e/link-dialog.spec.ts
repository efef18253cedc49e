/**
 * The link dialog (Ctrl+K) hands the body back as it found it: closed without
 * a link (Escape, Cancel, or after a refused address), the caret is where it
 * was, and what is typed next goes there, not at the top of the article.
 */
import { expect, test } from './support/app-fixture';
import { pressAndSyncCaret, watchCaretSync } from './support/caret-sync';

test('closing the link dialog without a link leaves the caret where it was', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill('Thử liên kết');
  await body.click();
  await watchCaretSync(page);
  await page.keyboard.type('Mot hai ba');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Bon nam sau');
  for (let i = 0; i < 3; i += 1) await pressAndSyncCaret(page, 'ArrowLeft');
  const dialog = page.getByRole('dialog', { name: 'Link' });

  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.type('X');
  await expect(body.locator('p').nth(1)).toHaveText('Bon nam Xsau');

  await page.keyboard.press('Control+k');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.keyboard.type('Y');
  await expect(body.locator('p').nth(1)).toHaveText('Bon nam XYsau');

  // A refused address keeps the dialog open; Escape from there is a cancel too.
  await page.keyboard.press('Control+k');
  await dialog.getByRole('textbox', { name: 'Link URL' }).fill('javascript:alert(1)');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.type('Z');
  await expect(body.locator('p').nth(1)).toHaveText('Bon nam XYZsau');
  await expect(body.locator('p').first()).toHaveText('Mot hai ba');
});

test('Escape from the link dialog keeps the words that were chosen selected', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill('Thử liên kết');
  await body.click();
  await watchCaretSync(page);
  await page.keyboard.type('Xem tai day nhe');
  for (let i = 0; i < 4; i += 1) await pressAndSyncCaret(page, 'ArrowLeft');
  for (let i = 0; i < 7; i += 1) await pressAndSyncCaret(page, 'Shift+ArrowLeft');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Link' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('tai day');
  // So Ctrl+K again links them.
  await page.keyboard.press('Control+k');
  await dialog.getByRole('textbox', { name: 'Link URL' }).fill('vnexpress.net');
  await page.keyboard.press('Enter');
  await expect(body.locator('a')).toHaveText('tai day');
});

test('editing a link shows its Vietnamese address as it was typed, not percent-encoded', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill('Thử liên kết');
  await body.click();
  await watchCaretSync(page);
  await page.keyboard.type('Xem bai');
  for (let i = 0; i < 3; i += 1) await pressAndSyncCaret(page, 'Shift+ArrowLeft');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Link' });
  const input = dialog.getByRole('textbox', { name: 'Link URL' });
  await input.fill('https://vi.wikipedia.org/wiki/Hà_Nội');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(body.locator('a')).toHaveAttribute(
    'href',
    'https://vi.wikipedia.org/wiki/H%C3%A0_N%E1%BB%99i',
  );

  await body.locator('a').click({ delay: 80 });
  await page.keyboard.press('Control+k');
  await expect(input).toHaveValue('https://vi.wikipedia.org/wiki/Hà_Nội');
  // Applied unchanged, the link is the same.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(body.locator('a')).toHaveAttribute(
    'href',
    'https://vi.wikipedia.org/wiki/H%C3%A0_N%E1%BB%99i',
  );
});

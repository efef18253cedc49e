/**
 * Issue #7's text tools in the real renderer: the tone-mark house style as a
 * setting, "Normalise text" over the whole article (undoable), paste taking the
 * house style, live counts, and the Checks panel jumping to a finding.
 */
import type { Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import { readFile } from 'node:fs/promises';
import { expect, test, type NewsdeskApp } from './support/app-fixture';
import { pressAndSyncCaret, watchCaretSync } from './support/caret-sync';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

async function newArticle(app: NewsdeskApp): Promise<void> {
  await app.start();
  await app.newArticle();
}

async function savedArticle(page: Page, app: NewsdeskApp) {
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 15_000 });
  const [file] = await app.articleFiles();
  return JSON.parse(await readFile(file!, 'utf8'));
}

/** A plain-text paste into `field`, as the browser delivers one from the clipboard. */
async function pasteInto(field: Locator, text: string): Promise<void> {
  await field.evaluate((element, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

test('Normalise text applies the house tone style to every field and the body, and can be undone', async ({
  page,
  app,
}) => {
  await newArticle(app);
  const headline = page.getByRole('textbox', { name: 'Headline' });
  const sapo = page.getByRole('textbox', { name: 'Sapo' });
  const byline = page.getByRole('textbox', { name: 'Byline' });
  const body = page.getByRole('textbox', { name: 'Article body' });
  await headline.fill('Thuỷ điện Hoà Bình xả lũ');
  await sapo.fill('Người dân vùng hạ du được khuyến cáo giữ sức khoẻ.');
  await byline.fill('Hoà An');
  await body.click();
  await page.keyboard.insertText('Quý khách hoà mình vào ');
  await page.keyboard.insertText('thiên nhiên, thuỷ chung.'.normalize('NFD'));

  await page.getByRole('button', { name: 'Normalise text' }).click();
  await expect(headline).toHaveValue('Thủy điện Hòa Bình xả lũ');
  await expect(sapo).toHaveValue('Người dân vùng hạ du được khuyến cáo giữ sức khỏe.');
  await expect(byline).toHaveValue('Hòa An');
  await expect(body).toHaveText('Quý khách hòa mình vào thiên nhiên, thủy chung.');

  // One undo brings back everything the command changed.
  await page.getByRole('button', { name: 'Undo normalising' }).click();
  await expect(headline).toHaveValue('Thuỷ điện Hoà Bình xả lũ');
  await expect(byline).toHaveValue('Hoà An');
  await expect(body).toHaveText('Quý khách hoà mình vào thiên nhiên, thuỷ chung.');

  // The new style, chosen in the settings, is what the command applies next.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Tone-mark placement' }).selectOption('new');
  await page.getByRole('button', { name: 'Close' }).click();
  await headline.fill('Thủy điện Hòa Bình xả lũ');
  await page.getByRole('button', { name: 'Normalise text' }).click();
  await expect(headline).toHaveValue('Thuỷ điện Hoà Bình xả lũ');

  const saved = await savedArticle(page, app);
  expect(saved.headline).toBe('Thuỷ điện Hoà Bình xả lũ');
  expect(saved.sapo).toBe('Người dân vùng hạ du được khuyến cáo giữ sức khoẻ.');
  const text = JSON.stringify(saved.body);
  expect(text).toContain('hoà mình');
  expect(text).toContain('thuỷ chung');
});

test('pasted text takes the house tone style; typed text is left as typed', async ({
  page,
  app,
}) => {
  await newArticle(app);
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.insertText('Gõ tay: hoà. ');
  await pasteInto(body, 'Dán vào: hoà hợp, khoẻ mạnh.');
  await page.keyboard.insertText(' Hết');
  await expect(body).toHaveText('Gõ tay: hoà. Dán vào: hòa hợp, khỏe mạnh. Hết');
});

test('text pasted into the headline, sapo, byline and a figure caption takes the house tone style; Ctrl+Z takes it back', async ({
  page,
  app,
}) => {
  await newArticle(app);
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.click();
  await page.keyboard.insertText('Gõ: hoà. ');
  await pasteInto(headline, 'Dán: thuỷ điện Hoà Bình');
  await expect(headline).toHaveValue('Gõ: hoà. Dán: thủy điện Hòa Bình');
  await page.keyboard.press(`${mod}+z`);
  await expect(headline).toHaveValue('Gõ: hoà. ');

  const sapo = page.getByRole('textbox', { name: 'Sapo' });
  await sapo.click();
  await pasteInto(sapo, 'Giữ sức khoẻ.');
  await expect(sapo).toHaveValue('Giữ sức khỏe.');

  const byline = page.getByRole('textbox', { name: 'Byline' });
  await byline.click();
  await pasteInto(byline, 'Hoàng Thuỳ');
  await expect(byline).toHaveValue('Hoàng Thùy');

  await page.getByRole('textbox', { name: 'Article body' }).click();
  const photo = await sharp({
    create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 90, b: 40 } },
  })
    .jpeg()
    .toBuffer();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Insert image' }).click();
  await (await chooser).setFiles({ name: 'anh.jpg', mimeType: 'image/jpeg', buffer: photo });
  const caption = page.getByRole('textbox', { name: 'Caption' });
  await caption.click();
  await pasteInto(caption, 'Lễ hội hoà bình');
  await expect(caption).toHaveValue('Lễ hội hòa bình');

  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  const saved = JSON.parse(await readFile((await app.articleFiles())[0]!, 'utf8')) as {
    sapo: string;
    byline: string;
    body: unknown;
  };
  expect(saved.sapo).toBe('Giữ sức khỏe.');
  expect(saved.byline).toBe('Hoàng Thùy');
  expect(JSON.stringify(saved.body)).toContain('Lễ hội hòa bình');
});

test('a pasted web address keeps its spelling: it links the selected words in the body, and a related link stays as copied', async ({
  page,
  context,
  app,
}) => {
  // A Vietnamese address in the other tone style than the house's (old by default).
  const address = 'https://vi.wikipedia.org/wiki/Thuỷ_điện_Hoà_Bình';
  await newArticle(app);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(app.host!.url).origin,
  });
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await watchCaretSync(page);
  await page.keyboard.insertText('Xem bài gốc');
  await pressAndSyncCaret(page, 'Shift+Home');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Xem bài gốc');
  await pasteInto(body, address);
  await expect(body.locator('a')).toHaveText('Xem bài gốc');
  await expect(body.locator('a')).toHaveAttribute('href', address);

  await page.keyboard.press('Control+End');
  await page.getByRole('button', { name: 'Insert related news' }).click();
  const link = page.getByRole('textbox', { name: 'Related link' }).first();
  await link.click();
  await page.evaluate((text) => navigator.clipboard.writeText(text), address);
  await page.keyboard.press(`${mod}+v`);
  await expect(link).toHaveValue(address);
});

test('the status bar counts words (syllables), characters and reading time as the body changes', async ({
  page,
  app,
}) => {
  await newArticle(app);
  const counts = page
    .getByRole('contentinfo', { name: 'Article length' })
    .or(page.locator('footer.counts-bar'));
  await expect(counts).toContainText('0 words');
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.insertText('Hà Nội đón đợt rét đậm.');
  await expect(counts).toContainText('6 words');
  await expect(counts).toContainText('23 characters');
  await expect(counts).toContainText('1 min read');
  await expect(page.getByText('0 / 90 characters')).toBeVisible();
});

test('headline and sapo are described by their length against the house limits; the headline stays one line', async ({
  page,
  app,
}) => {
  await newArticle(app);
  const headline = page.getByRole('textbox', { name: 'Headline', exact: true });
  const sapo = page.getByRole('textbox', { name: 'Sapo' });
  await expect(headline).toHaveAccessibleDescription('0 / 90 characters');
  await expect(sapo).toHaveAccessibleDescription('0 / 300 characters');

  // A line break put into the headline becomes a space, and Enter goes on to the sapo.
  await headline.fill('Hà Nội\nđón rét');
  await expect(headline).toHaveValue('Hà Nội đón rét');
  await expect(headline).toHaveAccessibleDescription('14 / 90 characters');
  await page.keyboard.press('Enter');
  await expect(sapo).toBeFocused();
  await expect(headline).toHaveValue('Hà Nội đón rét');
  await page.keyboard.type('Sapo.');
  await expect(sapo).toHaveAccessibleDescription('5 / 300 characters');

  // Counted as the checks count it: spaces around the text are not characters over the limit.
  await headline.fill(' Hà Nội đón rét ');
  await expect(headline).toHaveAccessibleDescription('14 / 90 characters');
});

test('the Checks panel lists findings and jumps to the field concerned', async ({ page, app }) => {
  await newArticle(app);
  await page.getByRole('textbox', { name: 'Sapo' }).fill('Sapo có  hai dấu cách.');
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.insertText('Thân bài.');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Đoạn hai có   ba dấu cách.');
  await page.getByRole('button', { name: 'Checks' }).click();
  const panel = page.getByRole('region', { name: 'Checks before publication' });
  await expect(panel).toContainText('The headline is missing.');
  await expect(panel).toContainText('The byline is missing.');

  await panel.getByRole('button', { name: /The byline is missing/ }).click();
  await expect(page.getByRole('textbox', { name: 'Byline' })).toBeFocused();

  await panel.getByRole('button', { name: /2 spaces in a row/ }).click();
  const sapo = page.getByRole('textbox', { name: 'Sapo' });
  await expect(sapo).toBeFocused();
  expect(
    await sapo.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]),
  ).toEqual([7, 9]);

  // A body finding selects the problem in the body.
  await page.getByRole('textbox', { name: 'Headline' }).focus();
  await panel.getByRole('button', { name: /3 spaces in a row/ }).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('   ');

  // Fixing the problem updates the open panel.
  await page.getByRole('textbox', { name: 'Byline' }).fill('Trần Văn Bình');
  await expect(panel).not.toContainText('The byline is missing.');
});

/** How many ranges the spelling underline paints (CSS Custom Highlight API). */
async function underlined(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('newsdesk-misspelled');
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });
}

test('misspelled syllables are underlined without touching the text, and fixed from suggestions', async ({
  page,
  app,
}) => {
  await newArticle(app);
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.insertText('Sáng nay ngừơi dân Google viêt bài về Đắk Lắk.');
  await expect.poll(() => underlined(page)).toEqual(['ngừơi', 'viêt']);
  // The underline is paint only: the body's DOM holds exactly the text typed.
  await expect(body).toHaveText('Sáng nay ngừơi dân Google viêt bài về Đắk Lắk.');
  expect(await body.locator('[data-lexical-text]').count()).toBe(1);

  // Right-click on the word: suggestions, best first.
  const box = await body.evaluate((element) => {
    const text = element.querySelector('[data-lexical-text]')!.firstChild!;
    const range = document.createRange();
    const start = text.textContent!.indexOf('ngừơi');
    range.setStart(text, start + 2);
    range.setEnd(text, start + 3);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(box.x, box.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Spelling suggestions' });
  await expect(menu.getByRole('menuitem').first()).toHaveText('người');
  await menu.getByRole('menuitem', { name: 'người' }).click();
  await expect(body).toHaveText('Sáng nay người dân Google viêt bài về Đắk Lắk.');
  await expect.poll(() => underlined(page)).toEqual(['viêt']);

  // From the keyboard: Alt+F7 at the word, then Enter on a suggestion.
  await page.keyboard.press('End');
  await page.keyboard.press('Alt+F7');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: 'viết' }).focus();
  await page.keyboard.press('Enter');
  await expect(body).toHaveText('Sáng nay người dân Google viết bài về Đắk Lắk.');
  await expect.poll(() => underlined(page)).toEqual([]);
  const saved = await savedArticle(page, app);
  expect(JSON.stringify(saved.body)).toContain('người dân Google viết bài');
});

test('spelling leaves abbreviations and Highlands names alone, and suggests in the house tone style', async ({
  page,
  app,
}) => {
  await newArticle(app);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Tone-mark placement' }).selectOption('new');
  await page.getByRole('button', { name: 'Close' }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.insertText("HĐND huyện Krông Búk và M'Đrắk bàn về thuỷy điện");
  await expect.poll(() => underlined(page)).toEqual(['thuỷy']);
  await page.keyboard.press('Alt+F7');
  const menu = page.getByRole('menu', { name: 'Spelling suggestions' });
  await expect(menu.getByRole('menuitem').first()).toHaveText('thuỷ');
  await page.keyboard.press('Enter');
  await expect(body).toHaveText("HĐND huyện Krông Búk và M'Đrắk bàn về thuỷ điện");
});

test('Alt+F7 between two misspellings opens the next one, not the first', async ({ page, app }) => {
  await newArticle(app);
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.insertText('Ông viêt bài. Sáng nay ngừơi dân đến.');
  await expect.poll(() => underlined(page)).toEqual(['viêt', 'ngừơi']);
  // The caret after "Sáng": past the first misspelling, before the second.
  // Alt+F7 looks from Lexical's copy of the caret, which follows each key a
  // moment later (caret-sync.ts).
  await watchCaretSync(page);
  await pressAndSyncCaret(page, 'Home');
  for (let i = 0; i < 'Ông viêt bài. Sáng'.length; i += 1)
    await pressAndSyncCaret(page, 'ArrowRight');
  await page.keyboard.press('Alt+F7');
  const menu = page.getByRole('menu', { name: 'Spelling suggestions' });
  await expect(menu.getByRole('menuitem').first()).toHaveText('người');
});

test('Tab closes the spelling menu and gives the caret back to the text', async ({ page, app }) => {
  await newArticle(app);
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.insertText('Phóng viên viêt');
  await expect.poll(() => underlined(page)).toEqual(['viêt']);
  await page.keyboard.press('Alt+F7');
  const menu = page.getByRole('menu', { name: 'Spelling suggestions' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(menu).toBeHidden();
  await expect(body).toBeFocused();
  await expect(body).toHaveText('Phóng viên viêt');
});

test('a finding in a headline typed in NFD selects the problem itself', async ({ page, app }) => {
  await newArticle(app);
  // Windows' Vietnamese keyboard types combining tone marks: the field keeps
  // what was typed, while the checks measure the NFC text a save writes.
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.fill('Thủy điện Hòa Bình mở cửa xả đáy  lần thứ hai'.normalize('NFD'));
  await page.getByRole('button', { name: 'Checks' }).click();
  const panel = page.getByRole('region', { name: 'Checks before publication' });
  await panel.getByRole('button', { name: /2 spaces in a row/ }).click();
  await expect(headline).toBeFocused();
  expect(
    await headline.evaluate((el: HTMLTextAreaElement) =>
      el.value.slice(el.selectionStart, el.selectionEnd),
    ),
  ).toBe('  ');
});

test('Escape in the Checks panel closes it and gives the focus back to its button', async ({
  page,
  app,
}) => {
  await newArticle(app);
  const toggle = page.getByRole('button', { name: 'Checks' });
  await toggle.click();
  const panel = page.getByRole('region', { name: 'Checks before publication' });
  await panel.getByRole('button', { name: /The headline is missing/ }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

/**
 * The first vertical slice, end to end: the real renderer in Chromium, the real
 * web host and handler table, real files on disk, and a restart in between.
 */
import type { Page, Request } from '@playwright/test';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type NewsdeskApp } from './support/app-fixture';
import { largeArticle, writeArticle } from './support/article-fixture';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

interface TextNodeJson {
  text: string;
  format: number;
}

function collectTextNodes(node: {
  type: string;
  children?: unknown[];
  text?: string;
  format?: number;
}): TextNodeJson[] {
  if (node.type === 'text') return [{ text: node.text ?? '', format: node.format ?? 0 }];
  return (node.children ?? []).flatMap((child) =>
    collectTextNodes(child as Parameters<typeof collectTextNodes>[0]),
  );
}

const HEADLINE = 'Hà Nội đón đợt rét đậm nhất từ đầu mùa đông';
const SAPO = 'Nhiệt độ ở vùng núi phía Bắc xuống dưới 5 độ C, người dân đốt lửa sưởi ấm.';
const BYLINE = 'Nguyễn Thị Hương';

test('an article typed in Vietnamese with formatting survives a restart of the host', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill(HEADLINE);
  await page.getByRole('textbox', { name: 'Sapo' }).fill(SAPO);

  await body.click();
  await page.keyboard.insertText('Sáng nay, ');
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.insertText('không khí lạnh');
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.insertText(' tràn về ');
  await page.keyboard.press(`${mod}+i`);
  await page.keyboard.insertText('đồng bằng');
  await page.keyboard.press(`${mod}+i`);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Heading 2' }).click();
  await page.keyboard.insertText('Người dân co ro');
  await page.keyboard.press('Enter');
  await page.keyboard.press(`${mod}+u`);
  await page.keyboard.insertText('Chợ đêm vắng khách');
  await page.keyboard.press(`${mod}+u`);

  await page.getByRole('textbox', { name: 'Byline' }).fill(BYLINE);
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });

  // On disk: one article, NFC, with the formatting in the Lexical body.
  const [file] = await app.articleFiles();
  const raw = await readFile(file!, 'utf8');
  expect(raw.normalize('NFC')).toBe(raw);
  const saved = JSON.parse(raw);
  expect(saved).toMatchObject({ headline: HEADLINE, sapo: SAPO, byline: BYLINE, schemaVersion: 1 });
  const texts = collectTextNodes(saved.body.root);
  const BOLD = 1;
  const ITALIC = 2;
  const UNDERLINE = 8;
  expect(texts.find((node) => node.text === 'không khí lạnh')?.format).toBe(BOLD);
  expect(texts.find((node) => node.text === 'đồng bằng')?.format).toBe(ITALIC);
  expect(texts.find((node) => node.text === 'Chợ đêm vắng khách')?.format).toBe(UNDERLINE);

  await app.restart();
  await app.libraryEntry(HEADLINE).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(HEADLINE);
  await expect(page.getByRole('textbox', { name: 'Sapo' })).toHaveValue(SAPO);
  await expect(page.getByRole('textbox', { name: 'Byline' })).toHaveValue(BYLINE);
  const reopened = page.getByRole('textbox', { name: 'Article body' });
  await expect(reopened.locator('strong, b').filter({ hasText: 'không khí lạnh' })).toHaveCount(1);
  await expect(reopened.locator('em, i').filter({ hasText: 'đồng bằng' })).toHaveCount(1);
  await expect(reopened.locator('h2')).toHaveText('Người dân co ro');
  await expect(
    reopened.locator('.body-underline').filter({ hasText: 'Chợ đêm vắng khách' }),
  ).toHaveCount(1);
  await expect(reopened).toContainText('Sáng nay, không khí lạnh tràn về đồng bằng');
});

test('switching between articles keeps both, even right after typing', async ({ page, app }) => {
  await app.open();
  const first = await app.newArticle();
  await first.headline.fill('Bài thứ nhất');
  await first.body.click();
  await page.keyboard.insertText('Nội dung của bài thứ nhất.');

  // Switch away immediately, before the autosave delay has passed. The new
  // article appears once the first one's pending edits are on disk.
  const second = await app.newArticle();
  await second.headline.fill('Bài thứ hai');
  await second.body.click();
  await page.keyboard.insertText('Nội dung của bài thứ hai.');

  await app.libraryEntry('Bài thứ nhất').click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Bài thứ nhất');
  await expect(page.getByRole('textbox', { name: 'Article body' })).toHaveText(
    'Nội dung của bài thứ nhất.',
  );

  await app.libraryEntry('Bài thứ hai').click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Bài thứ hai');
  await expect(page.getByRole('textbox', { name: 'Article body' })).toHaveText(
    'Nội dung của bài thứ hai.',
  );
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });

  await app.restart();
  await expect(app.libraryEntry('Bài thứ nhất')).toBeVisible();
  await expect(app.libraryEntry('Bài thứ hai')).toBeVisible();
  const headlines = await Promise.all(
    (await app.articleFiles()).map(
      async (file) => JSON.parse(await readFile(file, 'utf8')).headline,
    ),
  );
  expect(headlines.sort()).toEqual(['Bài thứ hai', 'Bài thứ nhất']);
});

test('a trashed article moves to the trash folder and can be restored', async ({ page, app }) => {
  await app.open();
  const { headline } = await app.newArticle();
  await headline.fill('Bài sẽ bị xoá');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Move “Bài sẽ bị xoá” to trash' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Move to trash' }).click();
  await expect(app.libraryEntry('Bài sẽ bị xoá')).toHaveCount(0);
  expect(await app.articleFiles()).toHaveLength(0);
  expect(await readdir(path.join(app.dirs.library, '.trash'))).toHaveLength(1);

  // Each sidebar panel is a navigation landmark named by its heading. From
  // the keyboard, the focus follows the swaps of the panel: never the page.
  const trashButton = page.getByRole('button', { name: /^Trash/ });
  await trashButton.focus();
  await page.keyboard.press('Enter');
  const trash = page.getByRole('navigation', { name: 'Trash' });
  const back = trash.getByRole('button', { name: /Back to articles/ });
  await expect(back).toBeFocused();
  await trash.getByRole('button', { name: /Restore “Bài sẽ bị xoá”/ }).focus();
  await page.keyboard.press('Enter');
  await expect(trash.getByRole('button', { name: /Restore/ })).toHaveCount(0);
  await expect(back).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Articles' })).toBeVisible();
  await expect(trashButton).toBeFocused();
  await expect(app.libraryEntry('Bài sẽ bị xoá')).toBeVisible();
  expect(await app.articleFiles()).toHaveLength(1);
});

test('after "Move to trash" from the keyboard the focus goes to the next article, never the page', async ({
  page,
  app,
}) => {
  const ids = [
    'a1b2c3d4-0000-4000-8000-000000000001',
    'a1b2c3d4-0000-4000-8000-000000000002',
    'a1b2c3d4-0000-4000-8000-000000000003',
  ];
  for (const [index, id] of ids.entries())
    await writeArticle(app.dirs.library, largeArticle(id, `Bài số ${index + 1}`, 2));
  await app.open();
  const entries = page.locator('.article-headline');
  await expect(entries).toHaveCount(3);
  const order = await entries.allTextContents();
  const trashFromKeyboard = async (headline: string) => {
    await page.getByRole('button', { name: `Move “${headline}” to trash` }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Move to trash' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(app.libraryEntry(headline)).toHaveCount(0);
  };

  // The middle row: its neighbour below takes the focus, and Enter opens it.
  await trashFromKeyboard(order[1]!);
  await expect(app.libraryEntry(order[2]!)).toBeFocused();
  // The last row: the one above it.
  await trashFromKeyboard(order[2]!);
  await expect(app.libraryEntry(order[0]!)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(order[0]!);
  // The open article, the last one: "New article".
  await trashFromKeyboard(order[0]!);
  await expect(page.getByRole('button', { name: 'New article' })).toBeFocused();
});

test('"New article" from the keyboard puts the caret in the new headline', async ({
  page,
  app,
}) => {
  await app.open();
  await page.getByRole('button', { name: 'New article' }).focus();
  await page.keyboard.press('Enter');
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toBeFocused();
  await page.keyboard.insertText('Tin nóng từ hiện trường');
  await expect(headline).toHaveValue('Tin nóng từ hiện trường');
  // Opening an existing article leaves the focus where the reporter put it.
  await app.libraryEntry('Tin nóng từ hiện trường').focus();
  await page.keyboard.press('Enter');
  await expect(app.libraryEntry('Tin nóng từ hiện trường')).toBeFocused();
});

test('before the settings arrive, "Loading…" is in the system language', async ({ page, app }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/invoke', async (route) => {
    if (route.request().postData()?.includes('"app:info"')) await held;
    await route.continue();
  });
  await app.start();
  // This browser's language is English (Playwright's en-US).
  await expect(page.locator('.app-loading')).toHaveText('Loading…');
  release();
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
});

test('a settings file that cannot be read is said at start, in the UI language', async ({
  page,
  app,
}) => {
  const { mkdir, writeFile } = await import('node:fs/promises');
  await mkdir(app.dirs.config, { recursive: true });
  await writeFile(path.join(app.dirs.config, 'settings.json'), '{"language": "vi",');
  await app.start({ NEWSDESK_LANG: 'vi' });
  await expect(page.getByRole('alert').first()).toContainText(
    'Không đọc được tệp cài đặt nên Newsdesk khởi động với cài đặt mặc định.',
  );
});

test('an error still shown when the language is switched reads in the new language', async ({
  page,
  app,
}) => {
  const { mkdir, writeFile } = await import('node:fs/promises');
  await mkdir(app.dirs.config, { recursive: true });
  await writeFile(path.join(app.dirs.config, 'settings.json'), '{"houseStyle": ');
  await app.start({ NEWSDESK_LANG: 'en' });
  const banner = page.getByRole('alert').first();
  await expect(banner).toContainText('Your settings file could not be read');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('vi');
  await expect(banner).toContainText('Không đọc được tệp cài đặt');
});

test('the interface follows NEWSDESK_LANG and the language setting', async ({ page, app }) => {
  await app.start({ NEWSDESK_LANG: 'vi' });
  await expect(page.getByRole('button', { name: 'Bài mới' })).toBeVisible();
});

test('a slow save says "Saving…" until it is on disk; the words are kept meanwhile', async ({
  page,
  app,
}) => {
  await app.open();
  const { body } = await app.newArticle();
  await body.click();
  const status = page.getByRole('status');
  // Hold every save for 2 s, as a slow network drive would.
  let held = 0;
  await page.route('**/api/invoke', async (route) => {
    if (route.request().postData()?.includes('"article:save"')) {
      held += 1;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    await route.continue();
  });
  await page.keyboard.type('Mưa lớn');
  await expect(status).toHaveText('Saving…', { timeout: 5_000 });
  await expect(status).toHaveText('Saved', { timeout: 10_000 });
  expect(held).toBeGreaterThan(0);
  const files = await app.articleFiles();
  expect(files).toHaveLength(1);
  expect(await readFile(files[0]!, 'utf8')).toContain('Mưa lớn');
});

/**
 * Makes `edit`, waits until it is saved, and returns the blocks of the one
 * `article:save` request it caused, which must carry a delta, not the article.
 */
async function blocksOfTheOneDeltaSave(page: Page, edit: () => Promise<void>) {
  const saves: string[] = [];
  const record = (request: Request) => {
    const sent = request.postData();
    if (sent?.includes('"article:save"')) saves.push(sent);
  };
  page.on('request', record);
  const status = page.getByRole('status');
  await edit();
  await expect(status).toHaveText('Unsaved changes');
  await expect(status).toHaveText('Saved', { timeout: 10_000 });
  page.off('request', record);
  expect(saves).toHaveLength(1);
  const request = JSON.parse(saves[0]!) as {
    request: { article?: unknown; delta?: { blocks: unknown[] } };
  };
  expect(request.request.article).toBeUndefined();
  return request.request.delta!.blocks;
}

/** The library's one article file holds every one of `texts`. */
async function expectFileHolds(app: NewsdeskApp, texts: string[]): Promise<void> {
  const [file] = await app.articleFiles();
  const saved = await readFile(file!, 'utf8');
  for (const text of texts) expect(saved).toContain(text);
}

test('after the first save, autosaves send only the changed blocks, and the file holds everything', async ({
  page,
  app,
}) => {
  await app.open();
  const { body } = await app.newArticle();
  await body.click();
  const status = page.getByRole('status');
  const paragraphs = ['Đoạn một về mưa lũ.', 'Đoạn hai về cứu hộ.', 'Đoạn ba về thiệt hại.'];
  await page.keyboard.insertText(paragraphs.join('\n'));
  for (let i = 0; i < 2; i += 1) await page.keyboard.press('Enter');
  // A new article starts out "Saved": wait for the edit to register first.
  await expect(status).toHaveText('Unsaved changes');
  await expect(status).toHaveText('Saved', { timeout: 10_000 });

  const blocks = await blocksOfTheOneDeltaSave(page, () =>
    page.keyboard.insertText('Đoạn bốn, thêm sau.'),
  );
  // The unchanged blocks go as their index in the last save, the edited one whole.
  expect(blocks.filter((block) => typeof block === 'number').length).toBeGreaterThan(0);
  expect(JSON.stringify(blocks)).toContain('Đoạn bốn, thêm sau.');
  expect(JSON.stringify(blocks)).not.toContain('Đoạn một về mưa lũ.');
  await expectFileHolds(app, [...paragraphs, 'Đoạn bốn, thêm sau.']);
});

test('after a restart, the first save of the reopened article sends only the changed blocks', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill('Mở lại rồi sửa');
  await body.click();
  const status = page.getByRole('status');
  const paragraphs = ['Đoạn một về mưa lũ.', 'Đoạn hai về cứu hộ.', 'Đoạn ba về thiệt hại.'];
  for (const [index, paragraph] of paragraphs.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.insertText(paragraph);
  }
  await expect(status).toHaveText('Unsaved changes');
  await expect(status).toHaveText('Saved', { timeout: 10_000 });

  // A new host and a new page: nothing of the last session is held.
  await app.restart();
  await app.libraryEntry('Mở lại rồi sửa').click();
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(
    'Mở lại rồi sửa',
  );
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.press('Control+End');
  const blocks = await blocksOfTheOneDeltaSave(page, () =>
    page.keyboard.insertText(' Thêm một câu.'),
  );
  // The blocks as opened go as their index in the version opened.
  expect(blocks.slice(0, 2)).toEqual([0, 1]);
  expect(JSON.stringify(blocks)).toContain('Thêm một câu.');
  expect(JSON.stringify(blocks)).not.toContain('Đoạn một về mưa lũ.');
  await expectFileHolds(app, [...paragraphs, 'Thêm một câu.']);
});

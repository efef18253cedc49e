/**
 * A photo takes a second or more to import; the reporter does not wait. Real
 * renderer, real web host and files, each import answered 1.5 s late: work
 * done meanwhile stays where it was done, an article left meanwhile keeps its
 * photo, and typing with several photos selected goes after them.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import sharp from 'sharp';
import { expect, test, type NewsdeskApp } from './support/app-fixture';

async function photo(name: string, red: number) {
  return {
    name,
    mimeType: 'image/png',
    buffer: await sharp({
      create: { width: 64, height: 48, channels: 3, background: { r: red, g: 40, b: 40 } },
    })
      .png()
      .toBuffer(),
  };
}

async function slowImports(context: BrowserContext): Promise<void> {
  await context.route('**/api/invoke', async (route) => {
    if (route.request().postData()?.includes('"image:import"'))
      await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
}

async function insertPhotos(page: Page, files: Awaited<ReturnType<typeof photo>>[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Insert image' }).click();
  await (await chooser).setFiles(files);
}

interface BlockJson {
  type: string;
  children?: { text?: string }[];
}

async function savedBlocks(app: NewsdeskApp, headline: string): Promise<BlockJson[]> {
  for (const file of await app.articleFiles()) {
    const article = JSON.parse(await readFile(file, 'utf8'));
    if (article.headline.startsWith(headline)) return article.body.root.children;
  }
  throw new Error(`no article "${headline}"`);
}

/** A new article whose body holds "Đoạn một.", the caret after it; titled when `headline` is given. */
async function newArticleWithALine(page: Page, app: NewsdeskApp, headline?: string) {
  const fields = await app.newArticle();
  if (headline !== undefined) await fields.headline.fill(headline);
  await fields.body.click();
  await page.keyboard.type('Đoạn một.');
  return fields;
}

const textOf = (block: BlockJson) => (block.children ?? []).map((child) => child.text).join('');

test('typing in the headline while a photo imports stays in the headline', async ({
  page,
  app,
  context,
}) => {
  await app.open();
  const { headline, body } = await newArticleWithALine(page, app, 'Bài ảnh');
  await slowImports(context);
  await insertPhotos(page, [await photo('anh.png', 200)]);
  await headline.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' hôm nay mưa to ở Hà Nội', { delay: 40 });
  await expect(page.locator('.figure-view')).toHaveCount(1);
  await page.keyboard.type(' và các tỉnh', { delay: 40 });
  await expect(headline).toHaveValue('Bài ảnh hôm nay mưa to ở Hà Nội và các tỉnh');
  await expect(headline).toBeFocused();
  await expect(body).not.toContainText('mưa');
});

test('typing on in the body while a photo imports keeps the sentence whole', async ({
  page,
  app,
  context,
}) => {
  await app.open();
  const { body } = await newArticleWithALine(page, app);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Trời');
  await slowImports(context);
  await insertPhotos(page, [await photo('anh.png', 200)]);
  await body.locator('p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' hôm nay mưa to ở Hà Nội.', { delay: 40 });
  await expect(page.locator('.figure-view')).toHaveCount(1);
  await page.keyboard.type(' Hết.', { delay: 40 });
  await expect(body.locator('p').filter({ hasText: 'Trời' })).toHaveText(
    'Trời hôm nay mưa to ở Hà Nội. Hết.',
  );
});

test('an article left while its photo imports keeps the photo', async ({ page, app, context }) => {
  await app.open();
  const other = await app.newArticle();
  await other.headline.fill('Bài khác');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  await newArticleWithALine(page, app, 'Bài ảnh');
  await slowImports(context);
  await insertPhotos(page, [await photo('anh.png', 200)]);
  await app.libraryEntry('Bài khác').click();
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(
    'Bài khác',
  );
  const blocks = await savedBlocks(app, 'Bài ảnh');
  expect(blocks.map((block) => block.type)).toContain('figure');
});

test('typing with two photos selected goes into a paragraph after them, both kept', async ({
  page,
  app,
}) => {
  await app.open();
  const { body } = await newArticleWithALine(page, app);
  await insertPhotos(page, [await photo('mot.png', 200), await photo('hai.png', 90)]);
  const figures = page.locator('.figure-view');
  await expect(figures).toHaveCount(2);
  await figures.nth(0).locator('img').click();
  await figures
    .nth(1)
    .locator('img')
    .click({ modifiers: ['Shift'] });
  await page.keyboard.type('Xin chào');
  await expect(figures).toHaveCount(2);
  await expect(body.locator('p').first()).toHaveText('Đoạn một.');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  const blocks = await savedBlocks(app, '');
  const second = blocks.map((block) => block.type).lastIndexOf('figure');
  expect(textOf(blocks[second + 1]!)).toBe('Xin chào');
  expect(textOf(blocks[0]!)).toBe('Đoạn một.');
});

test('a change on disk while a photo imports keeps the photo, and asks', async ({
  page,
  app,
  context,
}) => {
  await app.open();
  await newArticleWithALine(page, app, 'Bài ảnh');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  await slowImports(context);
  await insertPhotos(page, [await photo('anh.png', 200)]);
  // A sync tool brings the other machine's headline meanwhile.
  const [file] = await app.articleFiles();
  const onDisk = JSON.parse(await readFile(file!, 'utf8'));
  await writeFile(file!, `${JSON.stringify({ ...onDisk, headline: 'Bài ảnh (máy khác)' })}\n`);
  // The photo lands in the open editor, which now holds an unsaved figure:
  // the change on disk is a question, not a quiet reload over the figure.
  const prompt = page.getByRole('alertdialog', { name: 'This article changed on disk' });
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.figure-view')).toHaveCount(1);
  await prompt.getByRole('button', { name: 'Keep mine' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  const blocks = await savedBlocks(app, 'Bài ảnh');
  expect(blocks.map((block) => block.type)).toContain('figure');
});

test('a photo deleted while the rest of its drop imports hands its place to the next', async ({
  page,
  app,
  context,
}) => {
  await app.open();
  const { body } = await newArticleWithALine(page, app, 'Bài ảnh xóa');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Đoạn hai.');
  await page.keyboard.press('ArrowUp');
  await slowImports(context);
  await insertPhotos(page, [await photo('sai.png', 200), await photo('dung.png', 100)]);
  // The first photo was the wrong one: deleted before the second has landed.
  await expect(page.locator('.figure-view')).toHaveCount(1);
  await page.getByRole('button', { name: 'Delete figure' }).click();
  await expect(page.locator('.figure-view')).toHaveCount(0);
  await expect(page.locator('.figure-view')).toHaveCount(1, { timeout: 10_000 });
  await expect(body).toBeFocused();
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 15_000 });
  const blocks = await savedBlocks(app, 'Bài ảnh xóa');
  expect(blocks.map((block) => (block.type === 'figure' ? 'figure' : textOf(block)))).toEqual([
    'Đoạn một.',
    'figure',
    'Đoạn hai.',
  ]);
});

test('Ctrl+Z in a caption typed while the next photo lands undoes the typing, not the photo', async ({
  page,
  app,
  context,
}) => {
  await app.open();
  await newArticleWithALine(page, app, 'Bài chú thích');
  await slowImports(context);
  await insertPhotos(page, [await photo('mot.png', 200), await photo('hai.png', 100)]);
  await expect(page.locator('.figure-view')).toHaveCount(1);
  const caption = page.getByRole('textbox', { name: 'Caption' }).first();
  await caption.click();
  // Typing on, without a pause, while the second photo lands.
  await page.keyboard.type('Cầu Long Biên', { delay: 60 });
  await expect(page.locator('.figure-view')).toHaveCount(2);
  await page.keyboard.type(' lúc bình minh', { delay: 60 });
  await expect(caption).toHaveValue('Cầu Long Biên lúc bình minh');
  await page.keyboard.press('Control+z');
  // The typing since the photo landed goes in one step; the photo stays.
  await expect(caption).not.toHaveValue(/lúc/);
  expect('Cầu Long Biên'.startsWith(await caption.inputValue())).toBe(true);
  await expect(page.locator('.figure-view')).toHaveCount(2);
});

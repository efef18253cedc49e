/**
 * With a figure selected (a node selection) there is no text to format: the
 * text buttons are disabled and Ctrl+K opens no link dialog. They stayed
 * enabled and did nothing, and Ctrl+K's dialog took an address that Apply put
 * nowhere, without a word.
 */
import type { Page } from '@playwright/test';
import { largeArticle, writeArticle } from './support/article-fixture';
import { expect, test, type NewsdeskApp } from './support/app-fixture';
import { clickAndSyncCaret, pressAndSyncCaret } from './support/caret-sync';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

const FIGURE = {
  type: 'figure',
  version: 1,
  // No file has this id: the view shows the placeholder in the photo's shape.
  assetId: `${'d'.repeat(64)}.jpg`,
  width: 1600,
  height: 900,
  layout: 'wide',
  caption: 'Chú thích',
  credit: 'Ảnh: A',
  alt: 'Ảnh thử',
};

/** An article with a figure after its first paragraph, the figure selected from the right. */
async function selectFigure(page: Page, app: NewsdeskApp): Promise<void> {
  const article = largeArticle('c0ffee00-0000-4000-8000-00000000f00b', 'Ảnh được chọn', 2);
  (article.body.root.children as unknown[]).splice(1, 0, FIGURE);
  await writeArticle(app.dirs.library, article);
  await app.open();
  await app.libraryEntry(article.headline).click();
  await expect(page.locator('.figure-view')).toHaveCount(1);
  await clickAndSyncCaret(page.locator('.body-content > p').nth(1), { position: { x: 1, y: 5 } });
  await pressAndSyncCaret(page, 'Home');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.body-content .is-selected')).toHaveCount(1);
}

const TEXT_BUTTONS = [
  'Bold',
  'Italic',
  'Underline',
  'Link',
  'Heading 2',
  'Heading 3',
  'Bulleted list',
  'Numbered list',
  'Quote',
];

test('with a figure selected the text buttons are disabled, and enabled again back in the text', async ({
  page,
  app,
}) => {
  await selectFigure(page, app);
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  for (const name of TEXT_BUTTONS)
    await expect(toolbar.getByRole('button', { name })).toBeDisabled();
  await expect(toolbar.getByRole('button', { name: 'Insert image' })).toBeEnabled();

  // Back in the text after the figure.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.body-content .is-selected')).toHaveCount(0);
  for (const name of TEXT_BUTTONS)
    await expect(toolbar.getByRole('button', { name })).toBeEnabled();
});

test('Ctrl+K with a figure selected opens no link dialog', async ({ page, app }) => {
  await selectFigure(page, app);
  await page.keyboard.press(`${mod}+k`);
  // The key is handled at once; a dialog would be open by the next frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.body-content .is-selected')).toHaveCount(1);
});

/**
 * What "Pick from library" and the library chip say in the corner cases of a
 * young library: with no other article, the picker said "No article matches
 * “”." before anything was typed; an article picked while still untitled was
 * named "Library:" and nothing more.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';

async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
}

async function insertBox(page: Page) {
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.insertText('Đoạn mở đầu.');
  await page.getByRole('button', { name: 'Insert related news' }).click();
  return page.getByRole('region', { name: 'Related news box' });
}

test('with no other article in the library, the picker says so rather than naming an empty search', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline } = await app.newArticle();
  await headline.fill('Bài đầu tiên của thư viện');
  const block = await insertBox(page);
  await block.getByRole('button', { name: 'Pick from library' }).click();
  const picker = block.locator('.related-picker');
  await expect(picker.locator('.related-picker-empty')).toHaveText(
    'The library has no other article to link yet.',
  );
  await picker.getByRole('searchbox', { name: 'Search library articles' }).fill('vai thieu');
  await expect(picker.locator('.related-picker-empty')).toHaveText(
    'No article matches “vai thieu”.',
  );
});

test('an untitled article picked from the library is named "Untitled" on the chip', async ({
  page,
  app,
}) => {
  await app.open();
  await app.newArticle();
  await page.getByRole('textbox', { name: 'Sapo' }).fill('Vải thiều Lục Ngạn vào vụ thu hoạch.');
  await expectSaved(page);
  const { headline } = await app.newArticle();
  await headline.fill('Tổng hợp tin nông nghiệp');
  const block = await insertBox(page);
  await block.getByRole('button', { name: 'Pick from library' }).click();
  await block.getByRole('button', { name: /^Untitled/ }).click();
  await expect(block.locator('.related-chip')).toHaveText('Library: Untitled');
});

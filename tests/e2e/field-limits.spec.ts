/**
 * The article's fields take no more text than the article format stores
 * (shared/article/limits.ts). A sapo of 10,010 characters used to make every
 * save and every journal write of the article fail, so what was typed after
 * it anywhere stayed only in the window.
 */
import { readFile } from 'node:fs/promises';
import { TEXT_LIMITS } from '../../shared/article/limits';
import type { Article } from '../../shared/article/schema';
import { bodyText, largeArticle, writeArticle } from './support/article-fixture';
import { expect, test } from './support/app-fixture';

test('fields stop at the stored limits, and the article goes on saving', async ({ page, app }) => {
  const article = largeArticle('c0ffee00-0000-4000-8000-00000000f1e1', 'Giới hạn độ dài', 2);
  (article.body.root.children as unknown[]).splice(1, 0, {
    type: 'related-news',
    version: 1,
    heading: 'Tin liên quan',
    items: [{ key: 'k1', headline: 'Tin một', summary: '', link: null }],
  });
  await writeArticle(app.dirs.library, article);
  await app.open();
  await app.libraryEntry(article.headline).click();
  await expect(page.getByRole('status')).toHaveText('Saved');

  const paste = async (name: string, unit: string, limit: number) => {
    const field = page.getByRole('textbox', { name, exact: true });
    await field.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(unit.repeat(Math.ceil((limit + 10) / unit.length)));
    expect((await field.inputValue()).length).toBe(limit);
  };
  await paste('Headline', 'Tiêu đề ', TEXT_LIMITS.headline);
  await paste('Sapo', 'Sapo dài. ', TEXT_LIMITS.sapo);
  await paste('Byline', 'Phóng viên ', TEXT_LIMITS.byline);
  await paste('Related summary', 'Tóm tắt. ', TEXT_LIMITS.relatedSummary);

  const last = page.getByRole('textbox', { name: 'Article body' }).locator('p').last();
  await last.click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(' đoạn viết sau cùng');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 15_000 });
  const [file] = await app.articleFiles();
  const saved = JSON.parse(await readFile(file!, 'utf8')) as Article;
  expect(bodyText(saved)).toContain('đoạn viết sau cùng');
  expect(saved.sapo.length).toBe(TEXT_LIMITS.sapo);
  expect(saved.headline.length).toBeLessThanOrEqual(TEXT_LIMITS.headline);
});

/**
 * Tab in a list item nests it under the item above, as in Word and Google
 * Docs, and Shift+Tab brings it back out; the nesting is saved and published
 * as a list inside the item above. Tab used to leave the body for the byline,
 * and the rest of the item was typed into the byline.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/app-fixture';
import { renderArticleFragment } from '../../shared/export';
import type { Article } from '../../shared/article/schema';

test('Tab nests a list item and Shift+Tab brings it back; the nesting is saved and exported', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill('Danh sách lồng nhau');
  await body.click();
  await page.keyboard.type('Hà Nội');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ba Đình');
  await page.keyboard.press('Tab');
  await expect(body).toBeFocused();
  await page.keyboard.type(', Hoàn Kiếm');
  await expect(body.locator('ul ul li')).toHaveText('Ba Đình, Hoàn Kiếm');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Huế');
  await page.keyboard.press('Shift+Tab');
  await expect(body).toBeFocused();
  await expect(body.locator('ul ul li')).toHaveCount(1);
  await expect(body.locator(':scope > ul > li').last()).toHaveText('Huế');

  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  const [file] = await app.articleFiles();
  const article = JSON.parse(await readFile(file!, 'utf8')) as Article;
  const html = renderArticleFragment(article, {
    resolveAsset: (id) => ({ src: id }),
    resolveArticleLink: () => null,
  });
  expect(html).toContain(
    '<ul>\n<li>Hà Nội<ul>\n<li>Ba Đình, Hoàn Kiếm</li>\n</ul></li>\n<li>Huế</li>\n</ul>',
  );
});

test('Tab in the first item of a list, with nothing to nest under, still leaves the body', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill('Danh sách');
  await body.click();
  await page.keyboard.type('Một');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Byline' })).toBeFocused();
});

/**
 * The body is Vietnamese text (lang="vi"), but the controls of the figures and
 * related-news boxes inside it speak the UI's language: with the UI in
 * English, a screen reader must read "Delete figure" with an English voice,
 * and the caption, still Vietnamese, with a Vietnamese one.
 */
import { largeArticle, writeArticle } from './support/article-fixture';
import { expect, test } from './support/app-fixture';

test('block controls are marked in the UI language, the article text inside them Vietnamese', async ({
  page,
  app,
}) => {
  const article = largeArticle('c0ffee00-0000-4000-8000-0000000000aa', 'Bài có ảnh và hộp tin', 2);
  const blocks = article.body.root.children as unknown[];
  blocks.splice(1, 0, {
    type: 'figure',
    version: 1,
    assetId: `${'c'.repeat(64)}.jpg`,
    width: 1600,
    height: 900,
    layout: 'inline',
    caption: 'Phố đi bộ quanh hồ Gươm',
    credit: 'Ảnh: Ngọc Thắng',
    alt: 'Phố đi bộ',
  });
  blocks.splice(2, 0, {
    type: 'related-news',
    version: 1,
    variant: 'related',
    heading: 'Tin liên quan',
    items: [{ key: 'item-1', headline: 'Tin một', summary: '', link: null }],
  });
  await writeArticle(app.dirs.library, article);
  await app.start({ NEWSDESK_LANG: 'en' });
  await app.libraryEntry(article.headline).click();
  const languageOf = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));

  await expect(page.getByRole('button', { name: 'Delete figure' })).toBeVisible();
  expect(await languageOf('.figure-view button')).toBe('en');
  expect(await languageOf('.figure-view input, .figure-view textarea')).toBe('vi');
  await expect(page.getByRole('region', { name: 'Related news box' })).toBeVisible();
  expect(await languageOf('.related-news-editor button')).toBe('en');
  expect(await languageOf('.related-news-editor .related-headline')).toBe('vi');
  // The body's own text stays Vietnamese.
  expect(await languageOf('.body-content p')).toBe('vi');
});

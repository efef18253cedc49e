/**
 * A related item linking a library article that is no longer there (trashed
 * on this machine, or never synced to it) publishes without its link: the
 * export resolves the link from the library and finds nothing. The Checks
 * panel says so, and the Export warning counts it.
 */
import { largeArticle, writeArticle } from './support/article-fixture';
import { expect, test } from './support/app-fixture';

test('the Checks panel names a related item whose linked article is no longer in the library', async ({
  page,
  app,
}) => {
  const kept = largeArticle('c0ffee00-0000-4000-8000-0000000c0001', 'Giá lúa tăng mạnh', 1);
  const article = largeArticle('c0ffee00-0000-4000-8000-0000000c0002', 'Tin nông nghiệp', 2);
  (article.body.root.children as unknown[]).splice(1, 0, {
    type: 'related-news',
    version: 1,
    heading: 'Tin liên quan',
    items: [
      {
        key: 'k1',
        headline: 'Giá lúa tăng mạnh',
        summary: 'Thương lái thu mua.',
        link: { kind: 'article', articleId: kept.id },
      },
      {
        key: 'k2',
        headline: 'Vải thiều vào vụ',
        summary: 'Bài đã bỏ vào thùng rác.',
        link: { kind: 'article', articleId: 'c0ffee00-0000-4000-8000-0000000c0003' },
      },
    ],
  });
  await writeArticle(app.dirs.library, kept);
  await writeArticle(app.dirs.library, article);
  await app.open();
  await app.libraryEntry(article.headline).click();
  await page.getByRole('button', { name: 'Checks' }).click();
  const panel = page.getByRole('region', { name: 'Checks before publication' });
  await expect(
    panel.getByRole('button', {
      name: /Item 2 in the “Tin liên quan” box links an article no longer in the library/,
    }),
  ).toBeVisible();
  // The item whose article is there is not named.
  await expect(panel).not.toContainText('Item 1 in the “Tin liên quan” box');
});

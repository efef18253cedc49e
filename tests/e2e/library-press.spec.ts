/**
 * Opening an article from the library starts its load when the pointer goes
 * down on the entry, not when it comes up (renderer/src/app/early-article-load.ts),
 * and the click opens the article with that load instead of asking again.
 */
import { expect, test } from './support/app-fixture';
import { largeArticle, writeArticle } from './support/article-fixture';

const ID = 'press-test-article-0001';
const HEADLINE = 'Bài mở bằng chuột';

test('pressing a library entry starts loading the article; the click opens it with that one load', async ({
  page,
  app,
}) => {
  await writeArticle(app.dirs.library, largeArticle(ID, HEADLINE, 40));
  const loads: string[] = [];
  page.on('request', (request) => {
    const body = request.postData() ?? '';
    if (body.includes('"article:load"')) loads.push(body);
  });
  await app.open();
  const box = (await app.libraryEntry(HEADLINE).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  // The button is still held: only the press can have asked for the article.
  await expect.poll(() => loads.length, { timeout: 5_000 }).toBe(1);
  expect(loads[0]).toContain(ID);
  await page.mouse.up();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Cuối bài:');
  await expect(page.locator('textarea.input-headline')).toHaveValue(HEADLINE);
  expect(loads).toHaveLength(1);
});

/**
 * "Pick from library" searches as the reporter types, as the library's own
 * search does; that one says what it found to screen readers, from a live
 * region that is always there. The picker said nothing: a blind reporter
 * typed and heard no sign of results, nor of none.
 */
import { largeArticle, writeArticle } from './support/article-fixture';
import { expect, test } from './support/app-fixture';

const HEADLINES = ['Giá vàng hôm nay', 'Giá xăng tăng mạnh', 'Bão số 3 vào bờ'] as const;

test('the library picker says how many articles match, and when none does', async ({
  page,
  app,
}) => {
  for (const [index, headline] of HEADLINES.entries()) {
    const id = `c0ffee00-0000-4000-8000-00000000a1c${index}`;
    await writeArticle(app.dirs.library, largeArticle(id, headline, 1));
  }
  await app.open();
  await app.libraryEntry(HEADLINES[2]).click();
  await page.locator('.body-content > p').last().click();
  await page.keyboard.press('End');
  await page.getByRole('button', { name: 'Insert related news' }).click();
  await page.getByRole('button', { name: 'Pick from library' }).click();
  const search = page.getByRole('searchbox', { name: 'Search library articles' });
  await expect(search).toBeFocused();

  // Regions in the page before the search is typed: one inserted with its text is often not read.
  await page.evaluate(() => {
    for (const region of document.querySelectorAll('[aria-live], [role="status"]'))
      region.setAttribute('data-live-before', '');
  });
  const said = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.related-picker [data-live-before]')]
        .map((region) => region.textContent ?? '')
        .join(' | '),
    );
  await search.fill('gia');
  await expect.poll(said).toContain('2 articles match');
  await search.fill('không có');
  await expect.poll(said).toContain('No article matches “không có”.');
});

/**
 * The library list's one Tab stop is the open article's row until the
 * reporter has used another: reopened at start, the article's row, not the
 * first one, is where Tab goes into the list (roving-list.ts).
 */
import { largeArticle, writeArticle } from './support/article-fixture';
import { expect, test } from './support/app-fixture';

const headlineOf = (index: number) => `Tin số ${String(index).padStart(2, '0')}`;

test('after a restart, Tab from the search box goes to the reopened article', async ({
  page,
  app,
}) => {
  for (let index = 1; index <= 5; index += 1) {
    const id = `c0ffee00-0000-4000-8000-${String(index).padStart(12, '0')}`;
    await writeArticle(app.dirs.library, largeArticle(id, headlineOf(index), 1));
  }
  await app.open();
  const list = page.getByRole('navigation', { name: 'Articles' });
  const entries = list.getByRole('listitem');
  await expect(entries).toHaveCount(5);
  // Not the first row: the one the restart reopens.
  const third = entries.nth(2).getByRole('button').first();
  const thirdHeadline = (await third.locator('.article-headline').textContent())!;
  await third.click();
  const headline = page.getByRole('textbox', { name: 'Headline', exact: true });
  await expect(headline).toHaveValue(thirdHeadline);

  await app.restart();
  await expect(headline).toHaveValue(thirdHeadline);
  await expect(entries.nth(2).getByRole('button').first()).toHaveAttribute('aria-current', 'true');
  await list.getByRole('searchbox').focus();
  await page.keyboard.press('Tab');
  await expect(entries.nth(2).getByRole('button').first()).toBeFocused();
});

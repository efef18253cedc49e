/**
 * The library list is one Tab stop: the arrow keys, Home and End go from
 * article to article, and Tab goes on from the current one (its trash button,
 * then past the list). With two Tab stops per row, a keyboard user who opened
 * an article from a library of fifty went through about a hundred of them to
 * reach its headline.
 */
import { largeArticle, writeArticle } from './support/article-fixture';
import { expect, test } from './support/app-fixture';

const COUNT = 30;
const headlineOf = (index: number) => `Tin số ${String(index).padStart(2, '0')}`;

test('Tab leaves the library list from the current article; the arrow keys move through it', async ({
  page,
  app,
}) => {
  for (let index = 1; index <= COUNT; index += 1) {
    const id = `c0ffee00-0000-4000-8000-${String(index).padStart(12, '0')}`;
    await writeArticle(app.dirs.library, largeArticle(id, headlineOf(index), 1));
  }
  await app.open();
  const entries = page.getByRole('navigation', { name: 'Articles' }).getByRole('listitem');
  await expect(entries).toHaveCount(COUNT);

  const first = entries.first().getByRole('button').first();
  await first.focus();
  const firstHeadline = await first.locator('.article-headline').textContent();

  // Down, Down, Up: the second entry; End and Home: the last and the first.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const second = entries.nth(1).getByRole('button').first();
  await expect(second).toBeFocused();
  await page.keyboard.press('End');
  await expect(entries.last().getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();

  // Enter opens it; from there, Tab: its trash button, then the "Trash" view button.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(
    firstHeadline!,
  );
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('button', { name: `Move “${firstHeadline}” to trash` }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Trash', exact: true })).toBeFocused();
  // And back: Shift+Tab comes to the article the reporter was on, not the last row.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(first).toBeFocused();
});

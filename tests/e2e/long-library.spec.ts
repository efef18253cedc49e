/**
 * A long library lists its first 50 articles and renders more as the list is
 * scrolled or "Show more" is pressed (library/useRowsInView.ts); a search
 * finds any article, however far down (its index is built in idle time, and
 * a search before that answers from what is indexed: library/search-index-sync.ts).
 */
import { newArticle } from '../../shared/article/schema';
import { writeArticle } from './support/article-fixture';
import { expect, test } from './support/app-fixture';

const COUNT = 170;

/**
 * `count` articles, article n made n minutes after the first (the list is
 * newest first): "Tin số n trong ngày", and the oldest "Lũ quét ở Yên Bái…".
 */
async function writeLongLibrary(library: string, count: number): Promise<void> {
  const start = Date.UTC(2025, 0, 1);
  await Promise.all(
    Array.from({ length: count }, (_, n) => {
      const id = `c0ffee00-0000-4000-8000-${n.toString().padStart(12, '0')}`;
      const article = newArticle(id, new Date(start + n * 60_000));
      article.headline = n === 0 ? 'Lũ quét ở Yên Bái, ba bản bị cô lập' : `Tin số ${n} trong ngày`;
      return writeArticle(library, article);
    }),
  );
}

test('a long library renders its rows a step at a time, and a search reaches every article', async ({
  page,
  app,
}) => {
  await writeLongLibrary(app.dirs.library, COUNT);
  await app.open();

  const rows = page.locator('.article-list > .article-item');
  await expect(rows.first()).toContainText(`Tin số ${COUNT - 1} trong ngày`);
  await expect(rows).toHaveCount(50);
  const more = page.getByRole('button', { name: 'Show more (120 more articles)' });
  await expect(more).toBeVisible();

  // Scrolling to the end of what is shown brings the next step.
  await page.locator('.article-list').evaluate((list) => list.scrollTo(0, list.scrollHeight));
  await expect(rows).toHaveCount(100);
  // From the keyboard, the button does the same, a step per Enter.
  await page.getByRole('button', { name: 'Show more (70 more articles)' }).focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(150);
  await expect(page.getByRole('button', { name: 'Show more (20 more articles)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(COUNT);
  await expect(rows.last()).toContainText('Lũ quét ở Yên Bái');
  await expect(page.getByRole('button', { name: /^Show more/ })).toHaveCount(0);

  // A search starts from the first step again and finds the oldest article,
  // in whatever language the reporter types it.
  const found = page.locator('.sidebar-search-status');
  await expect(found).toHaveAttribute('aria-live', 'polite');
  await expect(found).toHaveText('');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('yen bai');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Lũ quét ở Yên Bái');
  // Screen readers hear what the search found, from a region that was already there.
  await expect(found).toHaveText('1 article matches');
  // Opened from the search, it stays listed and marked once the search is
  // cleared, though it is further down than the rows rendered.
  await app.libraryEntry('Lũ quét ở Yên Bái').click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(
    'Lũ quét ở Yên Bái, ba bản bị cô lập',
  );
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('');
  await expect(rows).toHaveCount(51);
  await expect(page.locator('.article-item.is-selected')).toContainText('Lũ quét ở Yên Bái');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('yen bai');
  await expect(rows).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('tin so');
  await expect(rows).toHaveCount(50);
  await expect(found).toHaveText('169 articles match');
  await expect(page.getByRole('button', { name: 'Show more (119 more articles)' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('khong co dau');
  await expect(found).toHaveText('No article matches “khong co dau”.');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('');
  await expect(rows).toHaveCount(51);
  await expect(rows.first()).toContainText(`Tin số ${COUNT - 1} trong ngày`);
});

test('a search typed before the library is indexed says it is searching, then finds the oldest article', async ({
  page,
  app,
}) => {
  // 1,500 summaries take the index tens of ms of idle work; the search below
  // comes before any of it (the list's answer is held back until it is typed).
  await writeLongLibrary(app.dirs.library, 1_500);
  let typed!: () => void;
  const queryTyped = new Promise<void>((resolve) => (typed = resolve));
  await page.context().route('**/api/invoke', async (route) => {
    if (route.request().postData()?.includes('"library:list"')) await queryTyped;
    await route.continue();
  });
  // Every message the list shows in place of rows, in order.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __emptyTexts: string[] }).__emptyTexts = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.sidebar-empty')?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await app.open();
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('yen bai');
  typed();

  const rows = page.locator('.article-list > .article-item');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Lũ quét ở Yên Bái');
  const texts = await page.evaluate(
    () => (window as unknown as { __emptyTexts: string[] }).__emptyTexts,
  );
  // Nothing said before the list came, and never "no article matches" while
  // the index was still being built.
  expect(texts).toEqual(['Searching…']);
});

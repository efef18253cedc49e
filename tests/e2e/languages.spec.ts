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

test('article text outside the editor is marked Vietnamese in the English UI: lists and a version’s preview', async ({
  page,
  app,
}) => {
  const article = largeArticle('c0ffee00-0000-4000-8000-0000000000ab', 'Mưa lớn ở Hà Nội', 1);
  await writeArticle(app.dirs.library, article);
  await app.open();
  const languageOf = (locator: ReturnType<typeof page.locator>) =>
    locator.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));

  const entry = app.libraryEntry(article.headline);
  expect(await languageOf(entry.locator('.article-headline'))).toBe('vi');
  expect(await languageOf(entry.locator('.status-badge'))).toBe('en');
  await app.newArticle();
  // "Untitled" is the UI's word, not the article's.
  const untitled = app.libraryEntry('Untitled').locator('.article-headline');
  expect(await languageOf(untitled)).toBe('en');

  // A version's preview in the history: an export leaves one.
  await entry.click();
  await page.getByRole('button', { name: 'Export HTML' }).click();
  await page.getByRole('button', { name: 'Export anyway' }).click();
  await expect(page.getByText(/^Exported to /)).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Version history' }).click();
  const history = page.getByRole('dialog', { name: 'Version history' });
  await history.getByRole('button', { name: 'Preview' }).first().click();
  const version = history.getByRole('region', { name: /^Version of / });
  expect(await languageOf(version.getByRole('heading', { name: article.headline }))).toBe('vi');
  expect(await languageOf(version.getByText('Cuối bài:', { exact: true }))).toBe('vi');
});

// Switching the UI language while an article is open: what is already on
// screen follows at once, messages the panels showed before the switch included.
test('the export panel’s last message reads in the language switched to', async ({ page, app }) => {
  await app.open();
  const { headline } = await app.newArticle();
  await headline.fill('Hà Nội mở thêm ba tuyến buýt điện');
  await page.getByRole('button', { name: 'Copy headline' }).click();
  const message = page.locator('.export-message');
  await expect(message).toHaveText('Copied to the clipboard.');

  await page.getByRole('button', { name: 'Settings' }).click();
  const language = page.getByRole('combobox', { name: 'Language' });
  // Each language's own name is marked as that language, whatever the UI speaks.
  await expect(language.locator('option[value="vi"]')).toHaveAttribute('lang', 'vi');
  await expect(language.locator('option[value="en"]')).toHaveAttribute('lang', 'en');
  await language.selectOption('vi');
  await page.getByRole('button', { name: 'Đóng', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Sao chép tiêu đề' })).toBeVisible();
  await expect(message).toHaveText('Đã sao chép vào bộ nhớ tạm.');
});

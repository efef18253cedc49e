/**
 * The preview follows edits without losing the reader's place: each re-render
 * is a new document in the frame, which opened at the top, so checking the end
 * of a long article while writing it meant scrolling back down at every pause.
 */
import { largeArticle, writeArticle } from './support/article-fixture';
import { expect, test } from './support/app-fixture';

const HEADLINE = 'Phố đi bộ quanh hồ Gươm mở cửa đến hết tháng Giêng';

test('the preview keeps its scroll position when it follows an edit', async ({ page, app }) => {
  await writeArticle(
    app.dirs.library,
    largeArticle('c0ffee00-0000-4000-8000-0000000a5c01', HEADLINE, 40),
  );
  await app.open();
  await app.libraryEntry(HEADLINE).click();
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const frame = page.locator('iframe[title="Preview of the exported page"]');
  const preview = page.frameLocator('iframe[title="Preview of the exported page"]');
  await expect(preview.locator('h1')).toHaveText(HEADLINE);
  const scrollY = () => frame.evaluate((f: HTMLIFrameElement) => f.contentWindow!.scrollY);

  // The reader scrolls well down the page, then goes on writing.
  await frame.evaluate((f: HTMLIFrameElement) => f.contentWindow!.scrollTo(0, 2000));
  await expect.poll(scrollY).toBe(2000);
  await page.getByRole('textbox', { name: 'Sapo' }).fill('Người dân và du khách được phục vụ.');
  await expect(preview.locator('.sapo')).toHaveText('Người dân và du khách được phục vụ.');
  await expect.poll(scrollY).toBe(2000);
});

/**
 * The article bar and the formatting toolbar stay on screen while the article
 * scrolls. The bar wraps onto a second line at a 1280 × 720 window (and grows
 * with a notice or the Checks panel), and the toolbar, stuck at a fixed offset
 * made for a one-line bar, slid under it: a keyboard user who went back from
 * the body to the toolbar had the focus on a button no one could see. At 200 %
 * zoom the two bars together were taller than the window's article area, and
 * the preview drawer, placed under the bar, kept a few pixels of the page.
 */
import type { Page } from '@playwright/test';
import { largeArticle, writeArticle } from './support/article-fixture';
import { expect, test, type NewsdeskApp } from './support/app-fixture';

async function openLongArticle(page: Page, app: NewsdeskApp): Promise<void> {
  const article = largeArticle('c0ffee00-0000-4000-8000-0000000057ab', 'Bài dài cuộn xuống', 40);
  await writeArticle(app.dirs.library, article);
  await app.open();
  await app.libraryEntry(article.headline).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toBeVisible();
}

/** Whether the element is on top where its middle is: nothing covers it. */
function uncovered(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector)!;
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  }, selector);
}

test('at 1280 × 720, Shift+Tab from the body far down focuses a toolbar button that is not hidden', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLongArticle(page, app);
  // The caret in a paragraph well down the article: the page is scrolled.
  await page.locator('.body-content > p').nth(20).click();
  await expect
    .poll(() => page.locator('.workspace').evaluate((e) => e.scrollTop))
    .toBeGreaterThan(500);

  await page.keyboard.press('Shift+Tab');
  // The toolbar's Tab stop is its first enabled button (roving-toolbar.ts).
  const focused = page.locator('.toolbar button:focus');
  await expect(focused).toHaveCount(1);
  const selector = '.toolbar button:focus';
  expect(await uncovered(page, selector)).toBe(true);
  // And the toolbar can be used with the mouse there too.
  expect(await uncovered(page, '.tb-bold')).toBe(true);
});

test('at 200 % zoom (1280 × 720), the bars that stay on screen leave the article most of the room', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await openLongArticle(page, app);
  await page.locator('.workspace').evaluate((e) => (e.scrollTop = 1500));
  const room = await page.evaluate(() => {
    const workspace = document.querySelector('.workspace')!.getBoundingClientRect();
    const covered = Math.max(
      workspace.top,
      ...['.article-bar', '.toolbar'].map(
        (selector) => document.querySelector(selector)!.getBoundingClientRect().bottom,
      ),
    );
    return (workspace.bottom - covered) / workspace.height;
  });
  expect(room).toBeGreaterThan(0.6);
});

test('at 200 % zoom (1280 × 720), the preview drawer shows the page, not a sliver under the bar', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await openLongArticle(page, app);
  await page.getByRole('button', { name: 'Preview' }).click();
  const frame = page.locator('iframe.preview-frame');
  await expect(frame).toBeVisible();
  // The whole drawer in the window, its page at least half the window tall.
  const pane = await page.locator('.preview-pane').boundingBox();
  expect(pane!.y).toBeGreaterThanOrEqual(0);
  const box = (await frame.boundingBox())!;
  const seen = Math.min(box.y + box.height, 360) - Math.max(box.y, 0);
  expect(seen).toBeGreaterThan(180);
  await expect(page.getByRole('button', { name: 'Close preview' })).toBeInViewport();
});

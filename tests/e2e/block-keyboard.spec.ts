/**
 * A figure selected with the keyboard is brought into view: ArrowLeft at the
 * start of the paragraph after a figure selects the figure (a node selection),
 * and when the figure was above the screen, the workspace scrolls to it.
 */
import { largeArticle, writeArticle } from './support/article-fixture';
import { expect, test } from './support/app-fixture';

test('a figure selected with the arrow keys out of sight is scrolled into view', async ({
  page,
  app,
}) => {
  const article = largeArticle('c0ffee00-0000-4000-8000-00000000b10c', 'Ảnh giữa bài dài', 30);
  const blocks = article.body.root.children as unknown[];
  blocks.splice(15, 0, {
    type: 'figure',
    version: 1,
    // No file has this id: the view shows the placeholder in the photo's shape.
    assetId: `${'b'.repeat(64)}.jpg`,
    width: 1600,
    height: 900,
    layout: 'wide',
    caption: 'Phố đi bộ quanh hồ Gươm',
    credit: 'Ảnh: Ngọc Thắng',
    alt: 'Phố đi bộ',
  });
  await writeArticle(app.dirs.library, article);
  await app.open();
  await app.libraryEntry(article.headline).click();
  const figure = page.locator('.figure-block');
  await expect(figure.locator('.figure-view')).toHaveCount(1);

  // The paragraph after the figure at the top of the workspace, the figure
  // above it out of sight, the caret at the paragraph's start (placed as a
  // reporter's click would, without the click's own scrolling).
  const after = page.locator('.body-content > p').filter({ hasText: /^16\. / });
  await after.evaluate((paragraph) => {
    paragraph.scrollIntoView({ block: 'center' });
    const bars = document.querySelector('.toolbar')!.getBoundingClientRect().bottom;
    document.querySelector('.workspace')!.scrollTop +=
      paragraph.getBoundingClientRect().top - bars - 2;
    (paragraph.closest('[contenteditable]') as HTMLElement).focus({ preventScroll: true });
    const text = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT).nextNode()!;
    getSelection()!.collapse(text, 0);
  });
  // On screen: below the sticky bars at the workspace's top.
  const inView = () =>
    figure.evaluate((block) => {
      const box = block.getBoundingClientRect();
      const top = document.querySelector('.toolbar')!.getBoundingClientRect().bottom;
      const bottom = document.querySelector('.workspace')!.getBoundingClientRect().bottom;
      return {
        top: Math.round(box.top - top),
        shown: box.bottom > top + 1 && box.top < bottom - 1,
      };
    });
  await expect.poll(async () => (await inView()).shown).toBe(false);

  await page.keyboard.press('ArrowLeft');
  await expect(figure.locator('.figure-view')).toHaveClass(/is-selected/);
  // All of it, from its top, below the bars.
  await expect.poll(async () => (await inView()).top).toBeGreaterThanOrEqual(0);
});

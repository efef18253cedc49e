/**
 * The blocks an article opens with on screen are laid out in the opening's
 * first layout. With `content-visibility: auto` on them, Chromium skips them
 * in that layout (their nearness to the viewport is not known yet), then finds
 * them near it and lays the frame out a second time (body.css). Seen from the
 * page: in the first frame's animation callback, before its layout, a skipped
 * block's contents do not count as visible (`checkVisibility`).
 */
import { element, listitem, text } from '../support/article-builders';
import { largeArticle, writeArticle } from './support/article-fixture';
import { expect, test } from './support/app-fixture';

interface FirstFrame {
  /** Per body block, in order: its contents render in the first layout. */
  rendered: boolean[];
  /** Per body block, in order: on screen once that frame is painted. */
  onScreen: boolean[];
}

test('the blocks on screen at opening are laid out in its first layout; the rest are skipped', async ({
  page,
  app,
}) => {
  const article = largeArticle('c0ffee00-0000-4000-8000-00000000f1a7', 'Bài dài mở ra', 300);
  await writeArticle(app.dirs.library, article);
  await app.open();

  await page.evaluate((blocks) => {
    const w = window as unknown as { __firstFrame: Promise<FirstFrame> };
    w.__firstFrame = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const body = document.querySelector('[aria-label="Article body"]');
        if (!body || body.childElementCount < blocks) return;
        observer.disconnect();
        const children = [...body.children];
        requestAnimationFrame(() => {
          const rendered = children.map(
            (block) =>
              block.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? false,
          );
          setTimeout(() => {
            const visible = document.querySelector('.workspace')!.getBoundingClientRect();
            const onScreen = children.map((block) => {
              const box = block.getBoundingClientRect();
              return box.bottom > visible.top && box.top < visible.bottom;
            });
            resolve({ rendered, onScreen });
          }, 0);
        });
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  }, article.body.root.children.length);
  await app.libraryEntry(article.headline).click();
  const frame = (await page.evaluate('window.__firstFrame')) as FirstFrame;

  const onScreen = frame.onScreen.flatMap((shown, index) => (shown ? [index] : []));
  expect(onScreen.length).toBeGreaterThan(0);
  expect(onScreen.filter((index) => !frame.rendered[index])).toEqual([]);
  // Skipping still holds for the rest of a long article.
  expect(frame.rendered.slice(-100).every((rendered) => !rendered)).toBe(true);
});

test('a list among the first blocks is laid out as the same list further down', async ({
  page,
  app,
}) => {
  const article = largeArticle('c0ffee00-0000-4000-8000-00000000f1a8', 'Bài có hai danh sách', 60);
  const list = () =>
    element(
      'list',
      [listitem(text('Hà Nội mưa lớn')), listitem(text('Đà Nẵng nắng nóng'))].map((item, n) => ({
        ...item,
        value: n + 1,
      })),
      { listType: 'bullet', start: 1, tag: 'ul' },
    );
  const blocks = article.body.root.children as unknown[];
  blocks.splice(1, 0, list());
  blocks.splice(50, 0, list());
  await writeArticle(app.dirs.library, article);
  await app.open();
  await app.libraryEntry(article.headline).click();

  const lists = page.locator('[aria-label="Article body"] > ul');
  await expect(lists).toHaveCount(2);
  await lists.nth(1).scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      lists
        .nth(1)
        .evaluate((e) => e.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })),
    )
    .toBe(true);
  const [first, later] = await lists.evaluateAll((elements) =>
    elements.map((e) => e.getBoundingClientRect().height),
  );
  expect(first).toBeGreaterThan(0);
  expect(first).toBe(later);
});

/**
 * A long article's figures and related-news boxes get their views after the
 * text's first paint (editor/DeferredRichTextPlugin.tsx): near the viewport one
 * frame later, the rest when the browser is idle, every one without scrolling;
 * meanwhile each block keeps the space it reserves, and a figure inserted later
 * has its view at once.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { largeArticle, writeArticle } from './support/article-fixture';
import { blockHeights, blocksOnlyReserved } from './support/block-space';
import { expect, test } from './support/app-fixture';

const FIGURES = 12;
const REM = 16;

function figure(index: number) {
  return {
    type: 'figure',
    version: 1,
    // No file has this id: the view shows the missing-photo placeholder.
    assetId: `${index.toString(16).padStart(64, 'a')}.jpg`,
    width: 1600,
    height: 900,
    layout: 'wide',
    caption: `Ảnh ${index + 1}: phố đi bộ quanh hồ Gươm`,
    credit: 'Ảnh: Ngọc Thắng',
    alt: `Ảnh ${index + 1}`,
  };
}

/** 60 paragraphs, a figure after every fifth (the first on screen), a box at the end. */
function longArticle(id: string) {
  const article = largeArticle(id, 'Bài dài có mười hai ảnh', 60);
  const blocks = article.body.root.children as unknown[];
  for (let index = FIGURES - 1; index >= 0; index -= 1)
    blocks.splice(1 + index * 5, 0, figure(index));
  blocks.push({
    type: 'related-news',
    version: 1,
    heading: 'Tin liên quan',
    items: [
      {
        key: 'item-0',
        headline: 'Hà Nội mở thêm phố đi bộ',
        summary: 'Từ tháng sau.',
        link: { kind: 'url', url: 'https://example.vn/pho-di-bo' },
      },
    ],
  });
  return article;
}

test('block views come after the first paint, near the viewport and when idle, in reserved space', async ({
  page,
  app,
}) => {
  const article = longArticle('c0ffee00-0000-4000-8000-0000000defe4');
  await writeArticle(app.dirs.library, article);
  await app.open();

  // What the first frame with the article's blocks shows: counted in that
  // frame's animation callback, before it paints.
  await page.evaluate((figures) => {
    const w = window as unknown as { __firstPaint: Promise<unknown> };
    w.__firstPaint = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.querySelectorAll('.figure-block').length < figures) return;
        observer.disconnect();
        requestAnimationFrame(() =>
          resolve({
            views: document.querySelectorAll('.figure-view, .related-news-editor').length,
            emptyHeights: [...document.querySelectorAll('.figure-block:empty')].map(
              (block) => block.getBoundingClientRect().height,
            ),
            text: document.querySelector('.body-content')?.textContent?.includes('60. Sở Văn'),
          }),
        );
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  }, FIGURES);
  await app.libraryEntry(article.headline).click();
  const firstPaint = (await page.evaluate('window.__firstPaint')) as {
    views: number;
    emptyHeights: number[];
    text: boolean;
  };
  expect(firstPaint.text).toBe(true);
  expect(firstPaint.views).toBe(0);
  // Every figure waits in the space it reserves (the same shape and layout
  // for all here; the next test checks the reserve against the real height).
  expect(firstPaint.emptyHeights).toHaveLength(FIGURES);
  expect(new Set(firstPaint.emptyHeights).size).toBe(1);
  expect(firstPaint.emptyHeights[0]).toBeGreaterThan(20 * REM);

  // The first figure, on screen, gets its view without anything being done,
  // in the space it had reserved (its photo is missing: the placeholder takes
  // the photo's shape).
  const views = page.locator('.figure-view');
  await expect(views.first()).toBeVisible();
  await expect(views.first().getByRole('textbox', { name: 'Caption' })).toBeVisible();
  const madeHeight = await page
    .locator('.figure-block')
    .first()
    .evaluate((block) => block.getBoundingClientRect().height);
  expect(Math.abs(madeHeight - firstPaint.emptyHeights[0]!)).toBeLessThan(2);
  // And so does every other one, and the box, without scrolling.
  await expect(views).toHaveCount(FIGURES);
  await expect(page.getByRole('region', { name: 'Related news box' })).toHaveCount(1);
  // Each with its fields and controls, and the words of its own node.
  const captions = page.getByRole('textbox', { name: 'Caption' });
  await expect(captions).toHaveCount(FIGURES);
  await expect(captions.first()).toHaveValue(figure(0).caption);
  await expect(captions.last()).toHaveValue(figure(FIGURES - 1).caption);
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(FIGURES);
  await expect(page.getByRole('textbox', { name: 'Related headline' })).toHaveValue(
    'Hà Nội mở thêm phố đi bộ',
  );
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);

  // A block that comes later is made at once: in the first frame after the
  // insertion, a new box already has its view (and takes the focus).
  await page.getByText('60. Sở Văn').click();
  await page.keyboard.press('End');
  const viewsInFrame = await page.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find(
      (candidate) =>
        candidate.getAttribute('aria-label') === 'Insert related news' ||
        candidate.textContent?.trim() === 'Insert related news',
    );
    if (!button) throw new Error('no Insert related news button');
    button.click();
    return new Promise<number>((resolve) =>
      requestAnimationFrame(() =>
        resolve(document.querySelectorAll('.related-news-editor').length),
      ),
    );
  });
  expect(viewsInFrame).toBe(2);
});

test('a figure not shown yet reserves the height its photo and fields will take, whatever its shape and layout', async ({
  page,
  app,
}) => {
  const article = largeArticle('c0ffee00-0000-4000-8000-0000000defe5', 'Bài dài có ảnh dọc', 40);
  const shapes = [
    { width: 900, height: 1600, layout: 'inline' },
    { width: 1600, height: 900, layout: 'wide' },
    { width: 1200, height: 1200, layout: 'full' },
    { width: 1000, height: 1500, layout: 'wide' },
  ] as const;
  const assets = path.join(app.dirs.library, article.id, 'assets');
  await mkdir(assets, { recursive: true });
  const blocks = article.body.root.children as unknown[];
  for (const [index, shape] of shapes.entries()) {
    // Small files of the photo's shape: the view sizes the photo from its stored size.
    const bytes = await sharp({
      create: {
        width: shape.width / 100,
        height: shape.height / 100,
        channels: 3,
        background: { r: 40 * index, g: 90, b: 40 },
      },
    })
      .png()
      .toBuffer();
    const assetId = `${createHash('sha256').update(bytes).digest('hex')}.png`;
    await writeFile(path.join(assets, assetId), bytes);
    blocks.push({ ...figure(index), ...shape, assetId }, blocks[index]);
  }
  await writeArticle(app.dirs.library, article);
  await app.open();
  await app.libraryEntry(article.headline).click();
  const figures = page.locator('.figure-block');
  await expect(figures).toHaveCount(shapes.length);

  // Far below the fold: no view yet, or its contents skipped.
  expect(await blocksOnlyReserved(figures)).toEqual(shapes.map(() => true));
  const reserved = await blockHeights(figures);

  const shown: number[] = [];
  for (const index of shapes.keys()) {
    const block = figures.nth(index);
    await block.scrollIntoViewIfNeeded();
    await expect(block.getByRole('textbox', { name: 'Caption' })).toBeVisible();
    await expect
      .poll(() =>
        block.locator('img.figure-image').evaluate((img) => (img as HTMLImageElement).complete),
      )
      .toBe(true);
    shown.push((await blockHeights(figures))[index]!);
  }
  // A portrait photo is twice as tall as a landscape one: one reserve for all
  // (26rem before) was off by hundreds of pixels. Now within 2 %.
  for (const index of shapes.keys()) {
    expect(Math.abs(reserved[index]! - shown[index]!) / shown[index]!).toBeLessThan(0.02);
  }
});

test('a block view is made before scrolling brings its block on screen', async ({ page, app }) => {
  // Only the viewport reveals here: the browser is never idle for this page.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  const article = longArticle('c0ffee00-0000-4000-8000-0000000defe6');
  await writeArticle(app.dirs.library, article);
  await app.open();
  await app.libraryEntry(article.headline).click();
  await expect(page.locator('.figure-view').first()).toBeVisible();

  // Scroll the workspace (the article scrolls in it, not in the window) to the
  // end, 60 px a frame, and look at every frame before it paints: no block on
  // screen may be empty, waiting for its view.
  const frames = await page.evaluate(
    () =>
      new Promise<{ frames: number; blank: number }>((resolve) => {
        const workspace = document.querySelector('.workspace') as HTMLElement;
        let frames = 0;
        let blank = 0;
        const step = () => {
          const before = workspace.scrollTop;
          workspace.scrollTop += 60;
          // What this frame will paint: nothing else runs before it does.
          const visible = workspace.getBoundingClientRect();
          for (const block of document.querySelectorAll('.figure-block, .related-news-block')) {
            const box = block.getBoundingClientRect();
            if (box.bottom > visible.top && box.top < visible.bottom && !block.firstElementChild)
              blank += 1;
          }
          frames += 1;
          if (workspace.scrollTop === before) resolve({ frames, blank });
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
  expect(frames.frames).toBeGreaterThan(50);
  expect(frames.blank).toBe(0);
});

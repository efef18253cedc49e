/**
 * Figures end to end (issue #3): the real renderer in Chromium, the real web host
 * and image import, real files on disk, a restart in between. Test images are
 * made here with sharp; no binary fixtures.
 */
import type { Page } from '@playwright/test';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test, type NewsdeskApp } from './support/app-fixture';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

function solid(width: number, height: number, r: number, g: number, b: number) {
  return sharp({ create: { width, height, channels: 3, background: { r, g, b } } });
}

interface TestImage {
  name: string;
  mimeType: string;
  buffer: Buffer;
  width: number;
  height: number;
}

async function testImages(): Promise<[TestImage, TestImage, TestImage]> {
  return [
    {
      name: 'cau-long-bien.png',
      mimeType: 'image/png',
      buffer: await solid(64, 48, 200, 40, 40).png().toBuffer(),
      width: 64,
      height: 48,
    },
    {
      name: 'pho-co.jpg',
      mimeType: 'image/jpeg',
      buffer: await solid(80, 60, 40, 160, 60).jpeg().toBuffer(),
      width: 80,
      height: 60,
    },
    {
      name: 'cho-tet.webp',
      mimeType: 'image/webp',
      buffer: await solid(50, 70, 30, 60, 200).webp().toBuffer(),
      width: 50,
      height: 70,
    },
  ];
}

/** Drops a file built in the page from `image`'s bytes onto `selector`'s element, as a drag from the desktop would. */
async function dropImage(page: Page, selector: string, image: TestImage): Promise<void> {
  await page.evaluate(
    ({ selector, bytes, name, type }) => {
      const target = document.querySelector(selector)!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
      const box = target.getBoundingClientRect();
      const init = {
        bubbles: true,
        cancelable: true,
        dataTransfer: transfer,
        clientX: box.left + 5,
        clientY: box.top + box.height / 2,
      };
      target.dispatchEvent(new DragEvent('dragover', init));
      target.dispatchEvent(new DragEvent('drop', init));
    },
    { selector, bytes: [...image.buffer], name: image.name, type: image.mimeType },
  );
}

/** Pastes an image file into the focused body, as Ctrl+V of a copied image would. */
async function pasteImage(page: Page, image: TestImage): Promise<void> {
  await page.evaluate(
    ({ bytes, name, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
      const target = document.activeElement!;
      target.dispatchEvent(
        new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transfer }),
      );
    },
    { bytes: [...image.buffer], name: image.name, type: image.mimeType },
  );
}

async function articleJson(
  app: NewsdeskApp,
): Promise<{ id: string; body: { root: { children: FigureJson[] } } }> {
  const [file] = await app.articleFiles();
  return JSON.parse(await readFile(file!, 'utf8'));
}

interface FigureJson {
  type: string;
  assetId?: string;
  caption?: string;
  credit?: string;
  alt?: string;
  layout?: string;
  width?: number;
  height?: number;
}

const figuresOf = (body: { root: { children: FigureJson[] } }) =>
  body.root.children.filter((child) => child.type === 'figure');

/**
 * Every figure image in the page has loaded real pixels once scrolled to: the
 * images are lazy, and one far below the fold is not fetched until then.
 */
async function expectImagesLoaded(page: Page, count: number): Promise<void> {
  const images = page.locator('img.figure-image');
  await expect(images).toHaveCount(count);
  for (let index = 0; index < count; index += 1) await images.nth(index).scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      images.evaluateAll((all) =>
        all.map(
          (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth,
        ),
      ),
    )
    .toEqual(Array.from({ length: count }, () => expect.any(Number)));
  const widths = await images.evaluateAll((all) =>
    all.map((img) => (img as HTMLImageElement).naturalWidth),
  );
  expect(widths.every((width) => width > 0)).toBe(true);
}

const CAPTIONS: [string, string, string] = [
  'Cầu Long Biên lúc bình minh',
  'Phố cổ Hà Nội ngày cuối năm',
  'Người dân đi chợ Tết',
];
const CREDITS: [string, string, string] = ['Ảnh: Lê Minh', 'Ảnh: Ngọc Thành', 'Ảnh: TTXVN'];

test('three photos inserted by button, drop and paste keep captions through undo, redo and a restart', async ({
  page,
  app,
}) => {
  // A long story on a shared 2-core machine: the limit guards against hangs, it times nothing.
  test.setTimeout(180_000);
  const images = await testImages();
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill('Hà Nội những ngày giáp Tết');
  await body.click();
  await page.keyboard.type('Đoạn mở đầu.');

  // 1. The toolbar button, through the real file chooser.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Insert image' }).click();
  await (
    await chooser
  ).setFiles({
    name: images[0].name,
    mimeType: images[0].mimeType,
    buffer: images[0].buffer,
  });
  const captions = page.getByRole('textbox', { name: 'Caption' });
  await expect(captions).toHaveCount(1);

  // 2. A drop onto the empty paragraph the first figure left after itself.
  await dropImage(page, '.body-content > p:last-child', images[1]);
  await expect(captions).toHaveCount(2);

  // 3. A paste with the caret in the paragraph after the second figure.
  await page.locator('.body-content > p:last-child').click();
  await pasteImage(page, images[2]);
  await expect(captions).toHaveCount(3);
  // Each figure took the place of the empty line the caret was on: no blank lines between them.
  await expect(body.locator(':scope > *')).toHaveCount(5);
  await expectImagesLoaded(page, 3);

  // Captions and credits in Vietnamese; the second caption's "ố" through an IME.
  const credits = page.getByRole('textbox', { name: 'Photo credit' });
  await captions.nth(0).click();
  await page.keyboard.type(CAPTIONS[0]);
  await captions.nth(1).click();
  await page.keyboard.type('Ph');
  const cdp = await page.context().newCDPSession(page);
  for (const step of ['o', 'ô', 'ố']) {
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: 1, selectionEnd: 1 });
  }
  await cdp.send('Input.insertText', { text: 'ố' });
  await page.keyboard.type(' cổ Hà Nội ngày cuối năm');
  await expect(captions.nth(1)).toHaveValue(CAPTIONS[1]);
  await captions.nth(2).click();
  await page.keyboard.type(CAPTIONS[2]);
  for (const [index, credit] of CREDITS.entries()) {
    await credits.nth(index).click();
    await page.keyboard.type(credit);
  }
  await page.getByRole('textbox', { name: 'Alt text' }).nth(0).click();
  await page.keyboard.type('Cây cầu sắt bắc qua sông Hồng');

  // Keys inside a field stay in the field: Backspace edits the credit, the figure stays.
  await credits.nth(2).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await expect(credits.nth(2)).toHaveValue('Ảnh: TTXV');
  await page.keyboard.type('N');
  await expect(captions).toHaveCount(3);

  // Undo and redo inside a caption: one step for the inserted words.
  await captions.nth(2).click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(' ở Hàng Lược');
  await expect(captions.nth(2)).toHaveValue(`${CAPTIONS[2]} ở Hàng Lược`);
  await page.keyboard.press(`${mod}+z`);
  await expect(captions.nth(2)).toHaveValue(CAPTIONS[2]);
  await expect(captions.nth(2)).toBeFocused();
  await expect(captions).toHaveCount(3);
  await page.keyboard.press(`${mod}+Shift+z`);
  await expect(captions.nth(2)).toHaveValue(`${CAPTIONS[2]} ở Hàng Lược`);
  await page.keyboard.press(`${mod}+z`);
  await expect(captions.nth(2)).toHaveValue(CAPTIONS[2]);

  await page.getByRole('combobox', { name: 'Figure width' }).nth(0).selectOption('full');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });

  const saved = await articleJson(app);
  const figures = figuresOf(saved.body);
  expect(figures.map((figure) => [figure.caption, figure.credit])).toEqual(
    CAPTIONS.map((caption, index) => [caption, CREDITS[index]]),
  );
  expect(figures.map((figure) => [figure.width, figure.height])).toEqual(
    images.map((image) => [image.width, image.height]),
  );
  expect(figures.map((figure) => figure.layout)).toEqual(['full', 'wide', 'wide']);
  expect(figures[0]!.alt).toBe('Cây cầu sắt bắc qua sông Hồng');
  expect(saved.body.root.children[0]).toMatchObject({ type: 'paragraph' });
  const assets = await readdir(path.join(app.dirs.library, saved.id, 'assets'));
  expect(assets.sort()).toEqual(figures.map((figure) => figure.assetId).sort());

  // Restart the host, reload: everything in place and the images load.
  await app.restart();
  await page.getByRole('button', { name: /^Hà Nội những ngày giáp Tết/ }).click();
  await expect(captions).toHaveCount(3);
  for (const [index, caption] of CAPTIONS.entries()) {
    await expect(captions.nth(index)).toHaveValue(caption);
    await expect(credits.nth(index)).toHaveValue(CREDITS[index]!);
  }
  await expectImagesLoaded(page, 3);

  // Delete a figure with its button: the caret goes where it was, so an undo
  // at once brings it back with its words.
  await page.getByRole('button', { name: 'Delete figure' }).nth(1).click();
  await expect(captions).toHaveCount(2);
  await expect(body).toBeFocused();
  await page.keyboard.press(`${mod}+z`);
  await expect(captions).toHaveCount(3);
  await expect(captions.nth(1)).toHaveValue(CAPTIONS[1]);
  await expect(credits.nth(1)).toHaveValue(CREDITS[1]);

  // Select a figure by clicking its photo, Delete removes it, Ctrl+Z restores it.
  await page.locator('img.figure-image').nth(0).click();
  await expect(page.locator('.figure-view.is-selected')).toHaveCount(1);
  await page.keyboard.press('Delete');
  await expect(captions).toHaveCount(2);
  await page.keyboard.press(`${mod}+z`);
  await expect(captions).toHaveCount(3);
  await expect(captions.nth(0)).toHaveValue(CAPTIONS[0]);

  // Move the last figure up: order changes, and the saved file follows.
  await page.getByRole('button', { name: 'Move figure up' }).nth(2).click();
  await expect(captions.nth(1)).toHaveValue(CAPTIONS[2]);
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  expect(figuresOf((await articleJson(app)).body).map((figure) => figure.caption)).toEqual([
    CAPTIONS[0],
    CAPTIONS[2],
    CAPTIONS[1],
  ]);
});

test('an image that is not an image is refused with the reason main found, in the UI language', async ({
  page,
  app,
}) => {
  await app.open();
  const { body } = await app.newArticle();
  await body.click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Insert image' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'ghi-chu.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('không phải ảnh'),
  });
  await expect(page.getByRole('alert')).toContainText(
    'Could not insert “ghi-chu.jpg”: it is not a JPEG, PNG, WebP or GIF image.',
  );
  await expect(page.getByRole('textbox', { name: 'Caption' })).toHaveCount(0);
});

test('the caret goes past the photos when the last of several files is refused', async ({
  page,
  app,
}) => {
  await app.open();
  const { body } = await app.newArticle();
  await body.click();
  await page.keyboard.type('Mở đầu.');
  const [photo] = await testImages();
  // An iPhone photo picked along with the others: not an image Newsdesk takes.
  const heic = {
    name: 'IMG_0001.HEIC',
    mimeType: 'image/heic',
    buffer: Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic'),
  };
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Insert image' }).click();
  await (await chooser).setFiles([photo, heic]);
  await expect(page.getByRole('alert')).toContainText('Could not insert “IMG_0001.HEIC”');
  await expect(page.locator('.figure-view')).toHaveCount(1);
  await expect(page.locator('.figure-import-progress')).toHaveText('');
  // Typing goes on below the photo, as after an import where every file was taken.
  await page.keyboard.type('Tiếp theo.');
  await expect
    .poll(() =>
      page
        .locator('.body-content > *')
        .evaluateAll((blocks) =>
          blocks.map((block) =>
            block.querySelector('.figure-view') ? 'figure' : (block.textContent ?? ''),
          ),
        ),
    )
    .toEqual(['Mở đầu.', 'figure', 'Tiếp theo.']);
});

test('several images: the count goes down and each figure appears as its image lands', async ({
  page,
  app,
  context,
}) => {
  await app.open();
  const { body } = await app.newArticle();
  await body.click();
  await page.keyboard.type('Mở đầu.');
  // The progress line is a live region that exists before the import, so it is announced.
  const progress = page.locator('.figure-import-progress');
  await expect(progress).toHaveAttribute('aria-live', 'polite');
  await expect(progress).toHaveText('');
  // Each import answered 700 ms late, to see the steps.
  await context.route('**/api/invoke', async (route) => {
    if (route.request().postData()?.includes('"image:import"'))
      await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });
  const files = await Promise.all(
    [1, 2, 3].map(async (i) => ({
      name: `anh-${i}.png`,
      mimeType: 'image/png',
      buffer: await sharp({
        create: { width: 40 + i, height: 30, channels: 3, background: { r: 60 * i, g: 0, b: 0 } },
      })
        .png()
        .toBuffer(),
    })),
  );
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Insert image' }).click();
  await (await chooser).setFiles(files);
  const figures = page.locator('.figure-view');
  await expect(progress).toHaveText('Importing 3 images…');
  await expect(figures).toHaveCount(1);
  await expect(progress).toHaveText('Importing 2 images…');
  await expect(figures).toHaveCount(3);
  await expect(progress).toHaveText('');
  // In the order given.
  await expect
    .poll(() =>
      page
        .locator('.figure-view img.figure-image')
        .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth)),
    )
    .toEqual([41, 42, 43]);
});

test('a caption pasted on two lines becomes one line, as it is typed', async ({
  page,
  context,
  app,
}) => {
  await app.start();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(app.host!.url).origin,
  });
  const { headline, body } = await app.newArticle();
  await headline.fill('Chú thích dán');
  await body.click();
  const [image] = await testImages();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Insert image' }).click();
  await (await chooser).setFiles(image);

  const caption = page.getByRole('textbox', { name: 'Caption' });
  await page.evaluate(
    (text) => navigator.clipboard.writeText(text),
    'Người dân xếp hàng.\nChiều 5/3',
  );
  await caption.click();
  await page.keyboard.press(`${mod}+v`);
  await expect(caption).toHaveValue('Người dân xếp hàng. Chiều 5/3');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 15_000 });
  expect(figuresOf((await articleJson(app)).body)[0]?.caption).toBe(
    'Người dân xếp hàng. Chiều 5/3',
  );
});

test('a caption of several lines shows whole as it is written', async ({ page, app }) => {
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill('Chú thích dài');
  await body.click();
  const [image] = await testImages();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Insert image' }).click();
  await (await chooser).setFiles(image);

  const caption = page.getByRole('textbox', { name: 'Caption' });
  const words =
    'Người dân Hà Nội xếp hàng dài trước cửa hàng bánh trung thu trên phố Thụy Khuê chiều 5/9, ' +
    'nhiều người phải chờ hơn hai tiếng đồng hồ mới mua được hộp bánh như ý; ' +
    'năm nay giá bánh tăng khoảng 10% so với năm ngoái.';
  await caption.fill(words);
  await expect(caption).toHaveValue(words);
  // Every line of it in sight, not only the one a one-row box holds.
  const fits = () => caption.evaluate((field) => field.scrollHeight <= field.clientHeight + 1);
  await expect.poll(fits).toBe(true);
  const lineHeight = await caption.evaluate(
    (field) => parseFloat(getComputedStyle(field).fontSize) * 1.2,
  );
  expect((await caption.boundingBox())!.height).toBeGreaterThan(2 * lineHeight);
  // It shrinks back when the words go.
  await caption.fill('Phố Thụy Khuê');
  await expect.poll(fits).toBe(true);
  expect((await caption.boundingBox())!.height).toBeLessThan(2 * lineHeight + 12);
});

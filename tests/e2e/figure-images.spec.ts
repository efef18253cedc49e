/**
 * Where an opened article's figure images come from: the renderer builds each
 * display URL itself (no `image:url` round trip per figure); an image that does
 * not load from it is copied from another article of the library that has it
 * (`image:copy`), and one that no article has shows the missing-image
 * placeholder. Articles and image files are written straight to the library
 * folder, as another program or an older copy of the app would leave them.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { newArticle, type Article } from '../../shared/article/schema';
import { paragraph, text } from '../support/article-builders';
import { writeArticle } from './support/article-fixture';
import { expect, test } from './support/app-fixture';

const SOURCE_ID = '0f2d7a4e-5b1c-4c3d-9e8f-1a2b3c4d5e01';
const TARGET_ID = '0f2d7a4e-5b1c-4c3d-9e8f-1a2b3c4d5e02';
const TARGET = 'Ảnh từ bài khác và ảnh đã mất';

async function storedPng(width: number, height: number, red: number) {
  const bytes = await sharp({
    create: { width, height, channels: 3, background: { r: red, g: 90, b: 40 } },
  })
    .png()
    .toBuffer();
  return { bytes, assetId: `${createHash('sha256').update(bytes).digest('hex')}.png` };
}

function figure(assetId: string, width: number, height: number, caption: string) {
  return {
    type: 'figure',
    version: 1,
    assetId,
    width,
    height,
    layout: 'wide',
    caption,
    credit: '',
    alt: caption,
  };
}

function articleWith(id: string, headline: string, children: unknown[]): Article {
  const article = newArticle(id, new Date('2025-03-02T01:00:00.000Z'));
  return {
    ...article,
    headline,
    body: { root: { ...article.body.root, children } },
  } as Article;
}

test('figures show from URLs the renderer builds; an image only another article has is copied; one nobody has shows as missing', async ({
  page,
  app,
}) => {
  const own = await storedPng(40, 30, 200);
  const elsewhere = await storedPng(56, 24, 30);
  const nowhere = await storedPng(20, 20, 120);

  await writeArticle(
    app.dirs.library,
    articleWith(SOURCE_ID, 'Bài có ảnh gốc', [
      paragraph(text('Bài gốc.')),
      figure(elsewhere.assetId, 56, 24, 'Ảnh của bài gốc'),
    ]),
  );
  await mkdir(path.join(app.dirs.library, SOURCE_ID, 'assets'));
  await writeFile(
    path.join(app.dirs.library, SOURCE_ID, 'assets', elsewhere.assetId),
    elsewhere.bytes,
  );

  await writeArticle(
    app.dirs.library,
    articleWith(TARGET_ID, TARGET, [
      paragraph(text('Ba ảnh.')),
      figure(own.assetId, 40, 30, 'Ảnh của chính bài'),
      figure(elsewhere.assetId, 56, 24, 'Ảnh chỉ bài khác có'),
      figure(nowhere.assetId, 20, 20, 'Ảnh không bài nào có'),
    ]),
  );
  await mkdir(path.join(app.dirs.library, TARGET_ID, 'assets'));
  await writeFile(path.join(app.dirs.library, TARGET_ID, 'assets', own.assetId), own.bytes);

  await app.open();
  await app.libraryEntry(TARGET).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(TARGET);

  const views = page.locator('.figure-view');
  await expect(views).toHaveCount(3);

  // Its own image: the URL built in the renderer is the web host's media route.
  const ownImage = views.nth(0).locator('img.figure-image');
  await expect(ownImage).toHaveAttribute('src', `/media/${TARGET_ID}/${own.assetId}`);
  await expect
    .poll(() => ownImage.evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBe(40);

  // Only the other article had it: copied into this one, byte for byte, and shown.
  const copiedImage = views.nth(1).locator('img.figure-image');
  await expect
    .poll(() => copiedImage.evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBe(56);
  await expect(copiedImage).toHaveAttribute('src', `/media/${TARGET_ID}/${elsewhere.assetId}`);
  expect(
    await readFile(path.join(app.dirs.library, TARGET_ID, 'assets', elsewhere.assetId)),
  ).toEqual(elsewhere.bytes);

  // No article has it: the placeholder says so, and no image is left broken.
  const missing = views.nth(2);
  const placeholder = missing.getByRole('img', { name: 'Image not shown' });
  await expect(placeholder).toContainText('The image file is missing from this article.');
  // A screen reader hears the advice too: an image's own words are not read
  // (its children are presentational), its description is.
  await expect(placeholder).toHaveAccessibleDescription(
    'The image file is missing from this article. Use “Replace image” to choose it again; the caption is kept.',
  );
  await expect(missing.locator('img.figure-image')).toHaveCount(0);
  expect((await readdir(path.join(app.dirs.library, TARGET_ID, 'assets'))).sort()).toEqual(
    [own.assetId, elsewhere.assetId].sort(),
  );
});

/**
 * A missing photo is named by the figure the reporter sees it in: with a photo
 * used twice, the distinct-image count and the figure count part ways.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { exportArticle } from '../../../electron/services/article-export';
import { formatMessage } from '../../../shared/i18n/messages';
import { article, figure, paragraph, text } from '../export/builders';
import { makeJpeg, makePng } from '../images/fixtures';
import { useTempDirs } from '../services/temp-dir';
import { storeImage } from './library-fixture';

const tempDir = useTempDirs();
const ID = 'a0000000-0000-4000-8000-000000000010';

it('names the figure, not the image, whose photo is missing', async () => {
  const root = await tempDir();
  const libraryPath = path.join(root, 'library');
  const jpeg = await storeImage(libraryPath, ID, await makeJpeg(64, 48, 1));
  const png = await storeImage(libraryPath, ID, await makePng(40, 30, 2));
  const sized = (image: typeof jpeg) => ({
    assetId: image.assetId,
    width: image.width,
    height: image.height,
  });
  // Figures 1 and 2 show the same photo; figure 3's photo is the one missing.
  const story = article(
    [figure(sized(jpeg)), paragraph(text('Đoạn giữa.')), figure(sized(jpeg)), figure(sized(png))],
    { id: ID, headline: 'Ảnh bị mất' },
  );
  await rm(path.join(libraryPath, ID, 'assets', png.assetId));

  const result = await exportArticle({
    article: story,
    libraryPath,
    outDir: path.join(root, 'out'),
    slug: 'anh-bi-mat',
    format: 'page',
    resolveArticleLink: () => null,
  });
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.message).toContain('figure 3');
  expect(formatMessage('vi', result.error.detail!.key, result.error.detail!.params)).toBe(
    'ảnh của hình 3 không còn trong thư mục của bài. Hãy chèn lại ảnh hoặc bỏ hình này.',
  );
});

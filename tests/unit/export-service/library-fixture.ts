/**
 * A real library on disk for export tests: article folders written the way the
 * store writes them, with images made by sharp and stored through the real
 * importer (so they sit under `<library>/<id>/assets/<sha256>.<ext>`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../../shared/article/schema';
import { exportArticle } from '../../../electron/services/article-export';
import { ArticleStore, serializeArticle } from '../../../electron/services/article-store';
import { importImage, type StoredImage } from '../../../electron/services/image-import';
import { article, figure, paragraph, relatedNews, text } from '../export/builders';
import { makeJpeg, makePng } from '../images/fixtures';

export async function storeImage(
  libraryPath: string,
  articleId: string,
  bytes: Uint8Array,
): Promise<StoredImage> {
  await mkdir(path.join(libraryPath, articleId), { recursive: true });
  const stored = await importImage({ libraryPath, articleId, bytes });
  if (!stored.ok) throw new Error(stored.error.message);
  return stored.value;
}

export async function writeArticle(libraryPath: string, value: Article): Promise<string> {
  const folder = path.join(libraryPath, value.id);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'article.json'), serializeArticle(value));
  return folder;
}

export const MAIN_ID = 'a0000000-0000-4000-8000-000000000001';
export const OTHER_ID = 'a0000000-0000-4000-8000-000000000002';
export const PUBLISHED_ID = 'a0000000-0000-4000-8000-000000000003';
export const CORRUPT_ID = 'a0000000-0000-4000-8000-000000000004';

export const MAIN_HEADLINE = 'Hà Nội đón đợt rét đậm nhất từ đầu mùa';
export const MAIN_SLUG = 'ha-noi-don-dot-ret-dam-nhat-tu-dau-mua';
export const PUBLISHED_URL = 'https://baomoi.example/xa-hoi/mien-bac-ret.html';

/**
 * The story with two photos (JPEG then PNG) and a related block linking to an
 * unpublished library article, a published one and one that is not in the library.
 */
export async function mainArticle(libraryPath: string): Promise<Article> {
  const first = await storeImage(libraryPath, MAIN_ID, await makeJpeg(64, 48, 1));
  const second = await storeImage(libraryPath, MAIN_ID, await makePng(40, 30, 2));
  return article(
    [
      paragraph(text('Không khí lạnh tràn xuống các tỉnh phía Bắc.')),
      figure({
        assetId: first.assetId,
        width: first.width,
        height: first.height,
        caption: 'Người dân co ro trong giá rét.',
        credit: 'Ảnh: Ngọc Thành',
        alt: 'Phố Hà Nội sáng sớm',
      }),
      paragraph(text('Vùng núi có nơi dưới 3 độ C.')),
      figure({
        assetId: second.assetId,
        width: second.width,
        height: second.height,
        layout: 'inline',
        caption: 'Băng giá trên đỉnh Mẫu Sơn.',
        credit: 'Ảnh: Minh Anh',
        alt: 'Cỏ phủ băng',
      }),
      // The same photo twice is one file in the export.
      figure({ assetId: first.assetId, width: first.width, height: first.height, alt: 'Lặp lại' }),
      relatedNews('Tin liên quan', [
        {
          headline: 'Cách giữ ấm cho trẻ nhỏ',
          summary: 'Bác sĩ khuyên không ủ quá nhiều lớp áo.',
          link: { kind: 'article', articleId: OTHER_ID },
        },
        {
          headline: 'Miền Bắc rét đậm kéo dài',
          summary: 'Đợt rét kéo dài ít nhất năm ngày.',
          link: { kind: 'article', articleId: PUBLISHED_ID },
        },
        {
          headline: 'Bài đã xóa',
          summary: 'Không còn trong thư viện.',
          link: { kind: 'article', articleId: 'a0000000-0000-4000-8000-00000000dead' },
        },
      ]),
    ],
    { id: MAIN_ID, headline: MAIN_HEADLINE, sapo: 'Nhiệt độ xuống 8 độ C.', byline: 'Minh Anh' },
  );
}

/**
 * A library of four: the main story, an unpublished one, a published one, and a
 * folder whose article.json is truncated.
 */
export async function sampleLibrary(libraryPath: string): Promise<void> {
  await writeArticle(libraryPath, await mainArticle(libraryPath));
  await writeArticle(
    libraryPath,
    article([paragraph(text('Giữ ấm cho trẻ.'))], {
      id: OTHER_ID,
      headline: 'Cách giữ ấm cho trẻ nhỏ',
    }),
  );
  await writeArticle(
    libraryPath,
    article([paragraph(text('Rét kéo dài.'))], {
      id: PUBLISHED_ID,
      headline: 'Miền Bắc rét đậm kéo dài',
      meta: {
        slug: 'mien-bac-ret',
        category: '',
        tags: [],
        status: 'published',
        notes: '',
        publishedUrl: PUBLISHED_URL,
      },
    }),
  );
  await mkdir(path.join(libraryPath, CORRUPT_ID), { recursive: true });
  await writeFile(
    path.join(libraryPath, CORRUPT_ID, 'article.json'),
    '{"schemaVersion": 1, "id": "a0',
  );
}

/**
 * The sample library written under `root/library` and its main article
 * exported as a page to `root/out`: for the tests that give node:fs/promises
 * another platform's rules or a failing disk's.
 */
export async function exportMainArticle(root: string) {
  const libraryPath = path.join(root, 'library');
  const outDir = path.join(root, 'out');
  await sampleLibrary(libraryPath);
  const loaded = await new ArticleStore({ libraryPath }).load(MAIN_ID);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const result = await exportArticle({
    article: loaded.value.article,
    libraryPath,
    outDir,
    slug: MAIN_SLUG,
    format: 'page',
    resolveArticleLink: () => null,
  });
  return { result, libraryPath, outDir };
}

/** Articles written straight to a library folder, and their text read back, for e2e tests. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newArticle, type Article } from '../../../shared/article/schema';
import { bodyParagraphs } from '../../../shared/recovery/article-diff';
import { withParagraphs } from '../../support/article-builders';

const SENTENCE =
  'Sở Văn hóa và Thể thao Hà Nội cho biết các tuyến phố đi bộ quanh hồ Gươm sẽ mở cửa đến hết tháng Giêng, phục vụ người dân và du khách. ';

/** An article whose body is `paragraphs` paragraphs of Vietnamese prose (≈ 330 bytes each). */
export function largeArticle(id: string, headline: string, paragraphs: number): Article {
  const article = newArticle(id, new Date('2025-01-20T02:15:00.000Z'));
  const texts = Array.from(
    { length: paragraphs },
    (_, index) => `${index + 1}. ${SENTENCE}${SENTENCE}`,
  );
  // The last paragraph is where the test types.
  texts.push('Cuối bài:');
  return { ...withParagraphs(article, texts), headline };
}

export async function writeArticle(library: string, article: Article): Promise<void> {
  await mkdir(path.join(library, article.id), { recursive: true });
  await writeFile(
    path.join(library, article.id, 'article.json'),
    `${JSON.stringify(article, null, 2)}\n`,
  );
}

/** The body as one string, paragraphs joined by newlines: what tests compare. */
export function bodyText(article: Pick<Article, 'body'>): string {
  return bodyParagraphs(article).join('\n');
}

/** Articles written straight to a library folder, and their text read back, for e2e tests. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newArticle, type Article } from '../../../shared/article/schema';
import { bodyParagraphs } from '../../../shared/recovery/article-diff';

const SENTENCE =
  'Sở Văn hóa và Thể thao Hà Nội cho biết các tuyến phố đi bộ quanh hồ Gươm sẽ mở cửa đến hết tháng Giêng, phục vụ người dân và du khách. ';

function paragraph(text: string) {
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text }],
  };
}

/** An article whose body is `paragraphs` paragraphs of Vietnamese prose (≈ 330 bytes each). */
export function largeArticle(id: string, headline: string, paragraphs: number): Article {
  const article = newArticle(id, new Date('2025-01-20T02:15:00.000Z'));
  const children = Array.from({ length: paragraphs }, (_, index) =>
    paragraph(`${index + 1}. ${SENTENCE}${SENTENCE}`),
  );
  // The last paragraph is where the test types.
  children.push(paragraph('Cuối bài:'));
  return {
    ...article,
    headline,
    body: { root: { ...article.body.root, children } } as unknown as Article['body'],
  };
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

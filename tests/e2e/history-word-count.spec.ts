/**
 * A version in the history and the open article show the same word count for
 * the same text (docs/article-format.md "History": figure captions count,
 * related-news boxes do not). The status bar counted each caption twice, so a
 * version just saved looked shorter than the article by its captions' words.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/app-fixture';
import { largeArticle, writeArticle } from './support/article-fixture';

const ID = 'history-word-count-0001';
const HEADLINE = 'Bài có ảnh và chú thích';

test('the status bar counts a caption once, as the version history does', async ({ page, app }) => {
  const article = largeArticle(ID, HEADLINE, 1);
  const children = article.body.root.children as unknown[];
  children.splice(0, children.length, {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [
      {
        type: 'text',
        version: 1,
        text: 'Hà Nội đón rét',
        format: 0,
        detail: 0,
        mode: 'normal',
        style: '',
      },
    ],
  });
  children.push({
    type: 'figure',
    version: 1,
    assetId: `${'e'.repeat(64)}.jpg`,
    width: 1600,
    height: 900,
    layout: 'wide',
    caption: 'Cầu Long Biên lúc bình minh',
    credit: 'Ảnh: Lê Minh',
    alt: '',
  });
  await writeArticle(app.dirs.library, article);
  // The history's count of this very text: 4 words and the caption's 6.
  const takenAt = '2026-11-28T09:00:00.000Z';
  const history = path.join(app.dirs.library, ID, 'history');
  await mkdir(history);
  await writeFile(
    path.join(history, `${Date.parse(takenAt)}-autosave-10.json`),
    JSON.stringify({ format: 1, takenAt, reason: 'autosave', wordCount: 10, article }),
  );
  await app.start();
  await app.libraryEntry(HEADLINE).click();
  const counts = page.locator('footer.counts-bar');
  await expect(counts).toContainText('10 words');
  await page.getByRole('button', { name: 'Version history' }).click();
  await expect(page.getByRole('dialog', { name: 'Version history' })).toContainText('10 words');
});

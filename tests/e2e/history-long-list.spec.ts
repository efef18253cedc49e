/**
 * A long-written article has a long version history (a version every few
 * minutes for a day, then one a day for a month). The preview is shown under
 * the list: with sixty versions it was far below the dialog's fold, and
 * "Preview" seemed to do nothing. It is brought into view.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/app-fixture';
import { largeArticle, writeArticle } from './support/article-fixture';

const ID = 'history-long-list-0001';
const HEADLINE = 'Bài có lịch sử dài';

test('the preview of a version at the top of a long history is brought into view', async ({
  page,
  app,
}) => {
  const article = largeArticle(ID, HEADLINE, 2);
  await writeArticle(app.dirs.library, article);
  const history = path.join(app.dirs.library, ID, 'history');
  await mkdir(history);
  const start = Date.parse('2026-11-28T01:00:00.000Z');
  for (let index = 0; index < 60; index += 1) {
    const at = start + index * 5 * 60_000;
    const takenAt = new Date(at).toISOString();
    const version = { ...article, headline: `Phiên bản số ${index + 1}` };
    await writeFile(
      path.join(history, `${at}-autosave-40.json`),
      JSON.stringify({ format: 1, takenAt, reason: 'autosave', wordCount: 40, article: version }),
    );
  }
  await app.start();
  await app.libraryEntry(HEADLINE).click();
  await page.getByRole('button', { name: 'Version history' }).click();
  const panel = page.getByRole('dialog', { name: 'Version history' });
  const items = panel.getByRole('listitem');
  await expect(items).toHaveCount(60);
  await items.first().getByRole('button', { name: 'Preview' }).click();
  const preview = panel.getByRole('region');
  await expect(preview).toContainText('Phiên bản số 60');
  await expect(preview.getByRole('heading', { name: 'Phiên bản số 60' })).toBeInViewport();
});

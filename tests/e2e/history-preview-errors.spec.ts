/**
 * Previewing versions one after another in the version history, when one of
 * them cannot be read (a damaged snapshot file): its failure is said, and
 * neither the failure nor the previous version's text outlives it. The alert
 * stayed up while a good version was previewed next, and a failed preview
 * left the previous version shown, as if it were the one asked for.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/app-fixture';
import { largeArticle, writeArticle } from './support/article-fixture';

const ID = 'history-preview-errors-01';
const HEADLINE = 'Bài có một phiên bản hỏng';

test('a damaged version’s failure is replaced by the next preview, and hides the last one', async ({
  page,
  app,
}) => {
  const article = largeArticle(ID, HEADLINE, 2);
  await writeArticle(app.dirs.library, article);
  const history = path.join(app.dirs.library, ID, 'history');
  await mkdir(history);
  const goodAt = '2026-11-28T09:00:00.000Z';
  const old = { ...article, headline: 'Tiêu đề của bản cũ' };
  await writeFile(
    path.join(history, `${Date.parse(goodAt)}-autosave-40.json`),
    JSON.stringify({ format: 1, takenAt: goodAt, reason: 'autosave', wordCount: 40, article: old }),
  );
  // Cut short by a sync tool.
  await writeFile(
    path.join(history, `${Date.parse('2026-11-28T10:00:00.000Z')}-export-40.json`),
    '{"format": 1, "takenAt": "2026-11-28T10:00:00.000Z", "reason": "exp',
  );
  await app.start();
  await app.libraryEntry(HEADLINE).click();
  await page.getByRole('button', { name: 'Version history' }).click();
  const panel = page.getByRole('dialog', { name: 'Version history' });
  const items = panel.getByRole('listitem');
  await expect(items).toHaveCount(2);
  const [damaged, good] = [items.first(), items.last()];

  await good.getByRole('button', { name: 'Preview' }).click();
  await expect(panel.getByRole('region')).toContainText('Tiêu đề của bản cũ');

  await damaged.getByRole('button', { name: 'Preview' }).click();
  await expect(panel.getByRole('alert')).toContainText('Version history:');
  // Not the good version's text under the damaged one's failure.
  await expect(panel.getByRole('region')).toHaveCount(0);

  await good.getByRole('button', { name: 'Preview' }).click();
  await expect(panel.getByRole('region')).toContainText('Tiêu đề của bản cũ');
  await expect(panel.getByRole('alert')).toHaveCount(0);
});

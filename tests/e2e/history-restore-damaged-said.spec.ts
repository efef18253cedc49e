/**
 * A damaged article restored from its version history: there is no undo (the
 * damaged file is kept beside it instead), but the restore is still said, on
 * screen and to a screen reader. Nothing was: the focus moved to "Close" in
 * silence, and whether the click had done anything was left to guess.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/app-fixture';
import { largeArticle } from './support/article-fixture';

const ID = 'history-restore-damaged-1';

test('restoring over a damaged file says which version is now the current one', async ({
  page,
  app,
}) => {
  const article = largeArticle(ID, 'Bài còn bản tốt', 2);
  const folder = path.join(app.dirs.library, ID);
  await mkdir(path.join(folder, 'history'), { recursive: true });
  // Cut short by a sync tool.
  await writeFile(path.join(folder, 'article.json'), JSON.stringify(article).slice(0, 300));
  const takenAt = '2026-11-28T09:00:00.000Z';
  await writeFile(
    path.join(folder, 'history', `${Date.parse(takenAt)}-autosave-40.json`),
    JSON.stringify({ format: 1, takenAt, reason: 'autosave', wordCount: 40, article }),
  );
  await app.start();
  const damagedItem = page.getByRole('listitem').filter({ hasText: ID });
  await damagedItem.getByRole('button', { name: `Version history of ${ID}` }).click();
  const panel = page.getByRole('dialog', { name: 'Version history' });
  await panel.getByRole('listitem').first().getByRole('button', { name: 'Restore' }).click();
  await expect(panel.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(panel.getByRole('button', { name: 'Undo restore' })).toHaveCount(0);
  // Shown, and in the live region a screen reader reads.
  await expect(panel.getByText('is now the current version.')).toHaveCount(2);
  await expect(panel.locator('[aria-live="polite"]')).toContainText('is now the current version.');
});

/**
 * The version history's buttons from the keyboard, with a screen reader: every
 * version has a "Preview" and a "Restore" button, and each was announced as
 * that word alone, so which version it would restore was known only to those
 * who see the list. Each button is described by its version's line.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/app-fixture';
import { largeArticle, writeArticle } from './support/article-fixture';

const ID = 'history-button-names-01';
const HEADLINE = 'Bài có hai phiên bản';

test('each version’s Preview and Restore buttons say which version they act on', async ({
  page,
  app,
}) => {
  const article = largeArticle(ID, HEADLINE, 2);
  await writeArticle(app.dirs.library, article);
  const history = path.join(app.dirs.library, ID, 'history');
  await mkdir(history);
  const versions = [
    ['2026-11-28T09:00:00.000Z', 'autosave', 40],
    ['2026-11-28T10:00:00.000Z', 'export', 41],
  ] as const;
  for (const [takenAt, reason, wordCount] of versions) {
    await writeFile(
      path.join(history, `${Date.parse(takenAt)}-${reason}-${wordCount}.json`),
      JSON.stringify({ format: 1, takenAt, reason, wordCount, article }),
    );
  }
  await app.start();
  await app.libraryEntry(HEADLINE).click();
  await page.getByRole('button', { name: 'Version history' }).click();
  const panel = page.getByRole('dialog', { name: 'Version history' });
  const items = panel.getByRole('listitem');
  await expect(items).toHaveCount(2);
  for (const [index, reason, words] of [
    [0, 'Exported', '41 words'],
    [1, 'While editing', '40 words'],
  ] as const) {
    for (const name of ['Preview', 'Restore']) {
      const button = items.nth(index).getByRole('button', { name, exact: true });
      await expect(button).toHaveAccessibleDescription(new RegExp(`${reason} · ${words}$`));
    }
  }
});

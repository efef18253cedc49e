/**
 * A restore that fails is said, and stays said: a preview asked just before
 * it (still loading, a large version or a busy disk) must not wipe the
 * failure when its answer comes, as if the restore had gone through.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/app-fixture';
import { largeArticle, writeArticle } from './support/article-fixture';

const ID = 'history-restore-failure-kept-01';
const HEADLINE = 'Bài khôi phục không được';

test('a slow preview does not wipe the failure of a restore made after it', async ({
  page,
  context,
  app,
}) => {
  const article = largeArticle(ID, HEADLINE, 2);
  await writeArticle(app.dirs.library, article);
  const history = path.join(app.dirs.library, ID, 'history');
  await mkdir(history);
  const goodAt = Date.parse('2026-11-28T09:00:00.000Z');
  await writeFile(
    path.join(history, `${goodAt}-autosave-40.json`),
    JSON.stringify({
      format: 1,
      takenAt: new Date(goodAt).toISOString(),
      reason: 'autosave',
      wordCount: 40,
      article: { ...article, headline: 'Tiêu đề của bản cũ' },
    }),
  );
  // Cut short by a sync tool: its restore fails.
  await writeFile(
    path.join(history, `${Date.parse('2026-11-28T10:00:00.000Z')}-export-40.json`),
    '{"format": 1, "takenAt": "2026-11-28T10:00:00.000Z", "reason": "exp',
  );
  await context.route('**/api/invoke', async (route) => {
    const body = route.request().postData() ?? '';
    if (body.includes('"history:load"') && body.includes(String(goodAt)))
      await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await app.start();
  await app.libraryEntry(HEADLINE).click();
  await page.getByRole('button', { name: 'Version history' }).click();
  const panel = page.getByRole('dialog', { name: 'Version history' });
  const items = panel.getByRole('listitem');
  await expect(items).toHaveCount(2);
  const [damaged, good] = [items.first(), items.last()];

  await good.getByRole('button', { name: 'Preview' }).click();
  await damaged.getByRole('button', { name: 'Restore' }).click();
  await expect(panel.getByRole('alert')).toContainText('Version history:');
  // Past the slow preview's answer.
  await page.waitForTimeout(2500);
  await expect(panel.getByRole('alert')).toContainText('Version history:');
});

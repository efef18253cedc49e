/**
 * Previews asked one after another in the version history: the last one asked
 * is the one shown. A slow read of the first (a large version, a busy disk)
 * used to land after the second and replace it, so the reporter read one
 * version under the list while believing it was the other.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/app-fixture';
import { largeArticle, writeArticle } from './support/article-fixture';

const ID = 'history-preview-order-01';
const HEADLINE = 'Bài có hai phiên bản để xem';

test('a slow preview asked first does not replace the one asked last', async ({
  page,
  context,
  app,
}) => {
  const article = largeArticle(ID, HEADLINE, 2);
  await writeArticle(app.dirs.library, article);
  const history = path.join(app.dirs.library, ID, 'history');
  await mkdir(history);
  const slowAt = Date.parse('2026-11-28T09:00:00.000Z');
  const fastAt = Date.parse('2026-11-28T10:00:00.000Z');
  for (const [at, headline] of [
    [slowAt, 'Bản chín giờ'],
    [fastAt, 'Bản mười giờ'],
  ] as const) {
    const takenAt = new Date(at).toISOString();
    await writeFile(
      path.join(history, `${at}-autosave-40.json`),
      JSON.stringify({
        format: 1,
        takenAt,
        reason: 'autosave',
        wordCount: 40,
        article: { ...article, headline },
      }),
    );
  }
  await context.route('**/api/invoke', async (route) => {
    const body = route.request().postData() ?? '';
    if (body.includes('"history:load"') && body.includes(String(slowAt)))
      await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await app.start();
  await app.libraryEntry(HEADLINE).click();
  await page.getByRole('button', { name: 'Version history' }).click();
  const panel = page.getByRole('dialog', { name: 'Version history' });
  const items = panel.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await items.last().getByRole('button', { name: 'Preview' }).click();
  await items.first().getByRole('button', { name: 'Preview' }).click();
  const preview = panel.getByRole('region');
  await expect(preview.getByRole('heading')).toHaveText('Bản mười giờ');
  // Past the slow answer.
  await page.waitForTimeout(2500);
  await expect(preview.getByRole('heading')).toHaveText('Bản mười giờ');
});

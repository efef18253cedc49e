/**
 * The renderer tells main whether it shows an article (`app:article-shown`),
 * at start and whenever that changes: the desktop menu enables Export HTML,
 * Print, Save as PDF and Preview only then (menu-template.ts), where with no
 * article they were enabled and did nothing. The menu is Electron's; what the
 * page sends is the same through the web host.
 */
import { expect, test } from './support/app-fixture';

test('the window says when it shows an article and when it shows none', async ({ page, app }) => {
  const said: boolean[] = [];
  page.on('request', (request) => {
    const body = request.postData() ?? '';
    if (!body.includes('"app:article-shown"')) return;
    said.push(/"open":true/.test(body));
  });
  await app.open();
  await expect.poll(() => said).toEqual([false]);

  const { headline } = await app.newArticle();
  await expect.poll(() => said).toEqual([false, true]);
  await headline.fill('Bài sẽ bị xoá');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  // Another article opened: still one shown, nothing to say.
  const second = await app.newArticle();
  await second.headline.fill('Bài thứ hai');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });

  // The open article trashed: none is shown.
  await page.getByRole('button', { name: 'Move “Bài thứ hai” to trash' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Move to trash' }).click();
  await expect(app.libraryEntry('Bài thứ hai')).toHaveCount(0);
  await expect.poll(() => said).toEqual([false, true, false]);
});

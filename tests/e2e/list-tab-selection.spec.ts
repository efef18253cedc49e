/**
 * Tab never nests a list's first item, whichever way the items were selected:
 * with a selection made upwards (Shift+Up from the second item into the
 * first), only its anchor was looked at, the first item was nested under
 * nothing, and the article was published with an empty bullet
 * (`<li><ul>…</ul></li>`). As with the selection made downwards, Tab goes on.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/app-fixture';
import { pressAndSyncCaret, watchCaretSync } from './support/caret-sync';
import { renderArticleFragment } from '../../shared/export';
import type { Article } from '../../shared/article/schema';

test('Tab with the first item selected upwards does not nest it under nothing', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline, body } = await app.newArticle();
  await headline.fill('Danh sách chọn ngược');
  await body.click();
  await page.keyboard.type('Một');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Hai');
  // Tab acts on Lexical's copy of the selection, which follows the DOM's a
  // moment later (caret-sync.ts).
  await watchCaretSync(page);
  await pressAndSyncCaret(page, 'Shift+ArrowUp');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Byline' })).toBeFocused();
  await expect(body.locator('ul ul')).toHaveCount(0);

  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  const [file] = await app.articleFiles();
  const article = JSON.parse(await readFile(file!, 'utf8')) as Article;
  const html = renderArticleFragment(article, {
    resolveAsset: (id) => ({ src: id }),
    resolveArticleLink: () => null,
  });
  expect(html).toContain('<ul>\n<li>Một</li>\n<li>Hai</li>\n</ul>');
});

/**
 * The formatting toolbar follows the ARIA toolbar pattern: one Tab stop
 * between the sapo and the body, the arrow keys, Home and End inside it.
 */
import { largeArticle, writeArticle } from './support/article-fixture';
import { expect, test } from './support/app-fixture';

test('the toolbar is one Tab stop; the arrow keys, Home and End move inside it', async ({
  page,
  app,
}) => {
  const article = largeArticle('c0ffee00-0000-4000-8000-0000000000bb', 'Bài thử thanh công cụ', 2);
  await writeArticle(app.dirs.library, article);
  await app.open();
  await app.libraryEntry(article.headline).click();
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  const bold = toolbar.getByRole('button', { name: 'Bold' });

  await page.getByRole('textbox', { name: 'Sapo' }).focus();
  await page.keyboard.press('Tab');
  // Undo and Redo have nothing to do yet: the first button that can is Bold.
  await expect(bold).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Italic' })).toBeFocused();
  await page.keyboard.press('End');
  const last = toolbar.getByRole('button').last();
  await expect(last).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(bold).toBeFocused(); // round again
  await page.keyboard.press('ArrowLeft');
  await expect(last).toBeFocused();
  await page.keyboard.press('Home');
  await expect(bold).toBeFocused();
  await page.keyboard.press('ArrowRight');
  // One Tab leaves the toolbar for the body; Shift+Tab comes back to the button used last.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Article body' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(toolbar.getByRole('button', { name: 'Italic' })).toBeFocused();
});

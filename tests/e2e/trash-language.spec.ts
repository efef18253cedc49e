/**
 * The trash's message follows a switch of the UI language, as the export
 * panel's does (languages.spec.ts): it was made as a sentence in the language
 * of the moment, and switching made the trash list itself again, which took
 * the message away — a reporter who switched to read it lost it.
 */
import { expect, test } from './support/app-fixture';
import { largeArticle, writeArticle } from './support/article-fixture';

const ID = 'trash-lang-article-0001';
const HEADLINE = 'Bài trong thùng rác';

test('a restore refused in the trash is still said, in the language switched to', async ({
  page,
  app,
}) => {
  await writeArticle(app.dirs.library, largeArticle(ID, HEADLINE, 1));
  await app.open();
  await page.getByRole('button', { name: `Move “${HEADLINE}” to trash` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Move to trash' }).click();
  await expect(app.libraryEntry(HEADLINE)).toHaveCount(0);
  // The other machine's version comes back under the same id (a sync tool).
  await writeArticle(app.dirs.library, largeArticle(ID, 'Bản trên máy khác', 1));

  await page.getByRole('button', { name: /^Trash/ }).click();
  const before = page.getByRole('navigation', { name: 'Trash' });
  await before.getByRole('button', { name: `Restore “${HEADLINE}”` }).click();
  await expect(before.getByRole('alert')).toContainText('Restore it as a copy to keep both');

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('vi');
  await page.getByRole('button', { name: 'Đóng', exact: true }).click();
  const trash = page.getByRole('navigation', { name: 'Thùng rác' });
  await expect(
    trash.getByRole('button', { name: `Khôi phục “${HEADLINE}”`, exact: true }),
  ).toBeVisible();
  await expect(trash.getByRole('alert')).toContainText('khôi phục thành bản sao');
});

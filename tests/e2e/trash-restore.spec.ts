/**
 * Restoring from the trash, through the web host with real folders: a double
 * click restores once without a false error, and a trashed article whose id
 * is back in the library (a sync tool brought the other machine's version)
 * can still come back, as a copy beside it. A row whose article (or trashed
 * version) a sync tool already took away goes once it is asked about.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { articleSchema } from '../../shared/article/schema';
import { expect, test } from './support/app-fixture';
import { bodyText, largeArticle, writeArticle } from './support/article-fixture';

const ID = 'trash-e2e-article-0001';
const HEADLINE = 'Bài trong thùng rác';

async function trashFromList(page: import('@playwright/test').Page, headline: string) {
  await page.getByRole('button', { name: `Move “${headline}” to trash` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Move to trash' }).click();
}

test('a double click on Restore restores once, with no false error', async ({ page, app }) => {
  await writeArticle(app.dirs.library, largeArticle(ID, HEADLINE, 1));
  await app.open();
  await trashFromList(page, HEADLINE);
  await expect(app.libraryEntry(HEADLINE)).toHaveCount(0);
  await page.getByRole('button', { name: /^Trash/ }).click();
  const trash = page.getByRole('navigation', { name: 'Trash' });
  await trash.getByRole('button', { name: `Restore “${HEADLINE}”` }).dblclick();
  await expect(trash.getByText('The trash is empty.')).toBeVisible();
  await expect(trash.getByRole('alert')).toHaveCount(0);
});

test('a trashed article whose id is back in the library is restored as a copy', async ({
  page,
  app,
}) => {
  const mine = largeArticle(ID, HEADLINE, 1);
  await writeArticle(app.dirs.library, mine);
  await app.open();
  await trashFromList(page, HEADLINE);
  await expect(app.libraryEntry(HEADLINE)).toHaveCount(0);
  // The other machine's version comes back under the same id.
  const theirs = { ...largeArticle(ID, 'Bản trên máy khác', 1) };
  await writeArticle(app.dirs.library, theirs);

  await page.getByRole('button', { name: /^Trash/ }).click();
  const trash = page.getByRole('navigation', { name: 'Trash' });
  await trash.getByRole('button', { name: `Restore “${HEADLINE}”` }).click();
  await expect(trash.getByRole('alert')).toContainText('Restore it as a copy to keep both');
  await trash.getByRole('button', { name: `Restore “${HEADLINE}” as a copy` }).click();
  await expect(trash.getByRole('alert')).toHaveCount(0);

  await trash.getByRole('button', { name: /Back to articles/ }).click();
  await expect(app.libraryEntry(HEADLINE)).toBeVisible();
  await expect(app.libraryEntry('Bản trên máy khác')).toBeVisible();
  // Both are on disk, each whole: theirs untouched, mine under a new id.
  const articles = await Promise.all(
    (await app.articleFiles()).map(async (file) =>
      articleSchema.parse(JSON.parse(await readFile(file, 'utf8'))),
    ),
  );
  const copy = articles.find((article) => article.headline === HEADLINE);
  expect(copy?.id).not.toBe(ID);
  expect(copy && bodyText(copy)).toBe(bodyText(mine));
  const onDisk = JSON.parse(
    await readFile(path.join(app.dirs.library, ID, 'article.json'), 'utf8'),
  );
  expect(onDisk.headline).toBe('Bản trên máy khác');
});

test('trashing an article a sync tool already took away drops its row', async ({ page, app }) => {
  await writeArticle(app.dirs.library, largeArticle(ID, HEADLINE, 1));
  await app.open();
  await expect(app.libraryEntry(HEADLINE)).toBeVisible();
  // Trashed on a colleague's machine: the sync tool removes the folder here.
  await rm(path.join(app.dirs.library, ID), { recursive: true });

  await trashFromList(page, HEADLINE);

  // Said once, and the row goes: it was still there, and every further
  // "Move to trash" said the same again.
  await expect(page.getByRole('alert')).toContainText('Could not move the article to the trash');
  await expect(app.libraryEntry(HEADLINE)).toHaveCount(0);
});

test('restoring a trashed version a sync tool already took away drops its row', async ({
  page,
  app,
}) => {
  await writeArticle(app.dirs.library, largeArticle(ID, HEADLINE, 1));
  await app.open();
  await trashFromList(page, HEADLINE);
  await expect(app.libraryEntry(HEADLINE)).toHaveCount(0);
  await page.getByRole('button', { name: /^Trash/ }).click();
  const trash = page.getByRole('navigation', { name: 'Trash' });
  await expect(trash.getByRole('button', { name: `Restore “${HEADLINE}”` })).toBeVisible();
  // Restored (or emptied) on a colleague's machine: the sync tool removes it here.
  const trashDir = path.join(app.dirs.library, '.trash');
  for (const name of await readdir(trashDir))
    await rm(path.join(trashDir, name), { recursive: true });

  await trash.getByRole('button', { name: `Restore “${HEADLINE}”` }).click();

  await expect(trash.getByRole('alert')).toContainText('Could not restore the article');
  await expect(trash.getByRole('button', { name: `Restore “${HEADLINE}”` })).toHaveCount(0);
  // Not dropped to the page with the row's button.
  await expect(trash.getByRole('button', { name: /Back to articles/ })).toBeFocused();
});

test('restoring as a copy a trashed version a sync tool already took away drops its row', async ({
  page,
  app,
}) => {
  await writeArticle(app.dirs.library, largeArticle(ID, HEADLINE, 1));
  await app.open();
  await trashFromList(page, HEADLINE);
  await expect(app.libraryEntry(HEADLINE)).toHaveCount(0);
  await writeArticle(app.dirs.library, largeArticle(ID, 'Bản trên máy khác', 1));
  await page.getByRole('button', { name: /^Trash/ }).click();
  const trash = page.getByRole('navigation', { name: 'Trash' });
  await trash.getByRole('button', { name: `Restore “${HEADLINE}”` }).click();
  const copy = trash.getByRole('button', { name: `Restore “${HEADLINE}” as a copy` });
  await expect(copy).toBeVisible();
  const trashDir = path.join(app.dirs.library, '.trash');
  for (const name of await readdir(trashDir))
    await rm(path.join(trashDir, name), { recursive: true });

  await copy.click();

  await expect(trash.getByRole('alert')).toContainText('Could not restore the article');
  await expect(copy).toHaveCount(0);
  await expect(trash.getByRole('button', { name: /Back to articles/ })).toBeFocused();
});

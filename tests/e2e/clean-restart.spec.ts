/**
 * The recovery dialog is for crashes only: once the status reads "Saved", the
 * journal holds nothing (each save drops the entry it covers), so a clean
 * shutdown and restart must not offer "Unsaved edits were found" — here after
 * typing in the fields, the body and a related-news box, and switching between
 * two articles, the way a reporter works.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { libraryJournalDir } from '../../electron/services/recovery-journal';
import { articleSchema } from '../../shared/article/schema';
import { expect, test, type NewsdeskApp } from './support/app-fixture';
import { bodyText } from './support/article-fixture';

async function journalEntries(app: NewsdeskApp): Promise<string[]> {
  const dir = libraryJournalDir(path.join(app.dirs.config, 'recovery'), app.dirs.library);
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.journal.json'));
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
}

async function createArticle(
  page: Page,
  app: NewsdeskApp,
  headline: string,
  sapo: string,
): Promise<void> {
  const fields = await app.newArticle();
  await fields.headline.fill(headline);
  await page.getByRole('textbox', { name: 'Sapo' }).fill(sapo);
  await fields.body.click();
  await page.keyboard.type('Đoạn mở đầu của bài.', { delay: 15 });
  await expectSaved(page);
  await expect(app.libraryEntry(headline)).toBeVisible();
}

test('no "Unsaved edits were found" after a clean restart when everything was saved', async ({
  page,
  app,
}) => {
  await app.open();

  await createArticle(page, app, 'Bài thứ nhất', 'Sapo của bài thứ nhất.');
  // A related-news box typed key by key: its fields write into the body's nodes.
  await page.getByRole('button', { name: 'Insert related news' }).click();
  await page.getByRole('textbox', { name: 'Related headline' }).first().click();
  await page.keyboard.type('Tin liên quan một', { delay: 15 });
  await page.getByRole('textbox', { name: 'Related summary' }).first().click();
  await page.keyboard.type('Tóm tắt một câu.', { delay: 15 });
  await expectSaved(page);

  await createArticle(page, app, 'Bài thứ hai', 'Sapo của bài thứ hai.');
  // Back to the first article, more typing (continuous, so the journal writes
  // during it), then straight on to the second: the switch saves it.
  await app.libraryEntry('Bài thứ nhất').click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body).toContainText('Đoạn mở đầu của bài.');
  await body.locator('p').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Câu thêm sau khi mở lại bài, gõ liền một mạch.', { delay: 40 });
  await app.libraryEntry('Bài thứ hai').click();
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(
    'Bài thứ hai',
  );
  await expectSaved(page);

  // Everything is saved: nothing is left in the journal, now or after the host stops.
  expect(await journalEntries(app)).toEqual([]);
  await app.host!.stop();
  expect(await journalEntries(app)).toEqual([]);

  await app.open();
  await expect(app.libraryEntry('Bài thứ nhất')).toBeVisible();
  // The dialog would come from the journal listing made on start; its answer
  // lands well within this window.
  const dialog = page.getByRole('dialog', { name: 'Unsaved edits were found' });
  const offered = await dialog.waitFor({ timeout: 3_000 }).then(
    () => true,
    () => false,
  );
  expect(offered, 'the recovery dialog was offered although everything was saved').toBe(false);

  // And what was typed is what is on disk and in the editor.
  const texts = await Promise.all(
    (await app.articleFiles()).map(async (file) =>
      bodyText(articleSchema.parse(JSON.parse(await readFile(file, 'utf8')))),
    ),
  );
  expect(texts.some((text) => text.includes('gõ liền một mạch.'))).toBe(true);
  await app.libraryEntry('Bài thứ nhất').click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText(
    'gõ liền một mạch.',
  );
});

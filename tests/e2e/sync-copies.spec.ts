/**
 * A version a sync tool kept beside an article (Dropbox's "conflicted copy")
 * holds a colleague's words: through the web host with real files, opening
 * the article moves it into the version history, says so, and it can be
 * previewed and restored from there.
 */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type NewsdeskApp } from './support/app-fixture';
import { largeArticle, writeArticle } from './support/article-fixture';
import { withParagraphs } from '../support/article-builders';

const ID = 'sync-copy-e2e-article-01';
const HEADLINE = 'Bài có bản đồng bộ';
const COPY_NAME = "article (Lan's conflicted copy 2026-11-29).json";
const THEIRS = 'Đoạn Lan viết trên máy khác';

const ours = () => largeArticle(ID, HEADLINE, 2);

/** What the sync tool leaves: the other machine's article.json, under its own name. */
async function writeSyncCopy(app: NewsdeskApp): Promise<void> {
  const theirs = {
    ...withParagraphs(ours(), [THEIRS]),
    updatedAt: '2026-11-29T09:41:00.000Z',
  };
  await writeFile(path.join(app.dirs.library, ID, COPY_NAME), JSON.stringify(theirs, null, 2));
}

test("a sync tool's copy is moved into the version history, said, and restorable", async ({
  page,
  app,
}) => {
  await writeArticle(app.dirs.library, ours());
  await writeSyncCopy(app);
  await app.start();
  await app.libraryEntry(HEADLINE).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body).toContainText('Cuối bài:');

  const notice = page.locator('.sync-copies-notice');
  await expect(notice).toContainText(/A sync tool .* kept 1 other version of this article/);
  // The copy is in the history now, not beside the article.
  expect(await readdir(path.join(app.dirs.library, ID))).not.toContain(COPY_NAME);

  await page.getByRole('button', { name: 'Open version history' }).click();
  const panel = page.getByRole('dialog', { name: 'Version history' });
  const item = panel.getByRole('listitem', { name: /Kept by a sync tool · 6 words/ });
  await expect(item).toBeVisible();
  await item.getByRole('button', { name: 'Preview' }).click();
  await expect(panel.getByRole('region')).toContainText(THEIRS);
  await item.getByRole('button', { name: 'Restore' }).click();
  await expect(panel.getByRole('button', { name: 'Undo restore' })).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(body).toHaveText(THEIRS);
  await expect(notice).toBeHidden();
});

test('a copy that arrives while the article is open is found when the window comes back', async ({
  page,
  app,
}) => {
  await writeArticle(app.dirs.library, ours());
  await app.start();
  // The look after opening (the bridge worker's request is seen like the page's).
  const firstLook = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/invoke') &&
      (response.request().postData() ?? '').includes('history:take-sync-copies'),
  );
  await app.libraryEntry(HEADLINE).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Cuối bài:');
  await firstLook;
  await writeSyncCopy(app);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  const notice = page.locator('.sync-copies-notice');
  await expect(notice).toContainText(/A sync tool .* kept 1 other version/);

  // Dismissed from the keyboard, the focus goes to "Version history", not to the page.
  await page.getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toBeHidden();
  await expect(page.getByRole('button', { name: 'Version history' })).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Version history' });
  await expect(panel.getByRole('listitem', { name: /Kept by a sync tool/ })).toBeVisible();
});

test('told in Vietnamese to a Vietnamese newsroom', async ({ page, app }) => {
  await writeArticle(app.dirs.library, ours());
  await writeSyncCopy(app);
  await app.start({ NEWSDESK_LANG: 'vi' });
  await app.libraryEntry(HEADLINE).click();
  await expect(page.locator('.sync-copies-notice')).toContainText(
    /công cụ đồng bộ .* đã giữ lại 1 phiên bản khác/,
  );
  await page.getByRole('button', { name: 'Mở lịch sử phiên bản' }).click();
  await expect(
    page
      .getByRole('dialog', { name: 'Lịch sử phiên bản' })
      .getByRole('listitem', { name: /Do công cụ đồng bộ giữ lại/ }),
  ).toBeVisible();
});

test('an open version history lists a copy taken in while it is open', async ({ page, app }) => {
  await writeArticle(app.dirs.library, ours());
  await app.start();
  const firstLook = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/invoke') &&
      (response.request().postData() ?? '').includes('history:take-sync-copies'),
  );
  await app.libraryEntry(HEADLINE).click();
  await firstLook;
  await page.getByRole('button', { name: 'Version history' }).click();
  const panel = page.getByRole('dialog', { name: 'Version history' });
  await expect(panel.getByText(/No earlier versions yet/)).toBeVisible();
  await writeSyncCopy(app);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(panel.getByRole('listitem', { name: /Kept by a sync tool/ })).toBeVisible();
});

/**
 * The last open article is reopened at start (issue #10): open B, restart the
 * web host, reload, and B is open again; an article trashed since is not.
 */
import { type Page } from '@playwright/test';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type NewsdeskApp } from './support/app-fixture';

const FIRST = 'Giá xăng giảm lần thứ ba liên tiếp';
const SECOND = 'Hà Nội cấm xe máy trong phố cổ cuối tuần';

async function createArticle(page: Page, app: NewsdeskApp, headline: string): Promise<void> {
  const fields = await app.newArticle();
  await fields.headline.fill(headline);
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  await expect(app.libraryEntry(headline)).toBeVisible();
}

/** Holds the bridge calls of these channels back for as long before they reach the host. */
async function slowBridgeCalls(page: Page, delays: Record<string, number>): Promise<void> {
  await page.context().route('**/api/invoke', async (route) => {
    const body = route.request().postData() ?? '';
    for (const [channel, ms] of Object.entries(delays)) {
      if (body.includes(`"${channel}"`)) await new Promise((resolve) => setTimeout(resolve, ms));
    }
    await route.continue();
  });
}

test('the article open when the app was left is open again after a restart', async ({
  page,
  app,
}) => {
  await app.open();
  await createArticle(page, app, FIRST);
  await createArticle(page, app, SECOND);
  // Open the first, then the second: the second is the last one open.
  await app.libraryEntry(FIRST).click();
  const headline = page.getByRole('textbox', { name: 'Headline', exact: true });
  await expect(headline).toHaveValue(FIRST);
  await app.libraryEntry(SECOND).click();
  await expect(headline).toHaveValue(SECOND);

  await app.restart();
  await expect(headline).toHaveValue(SECOND);

  // Back to the first, and a plain reload (same host) reopens it.
  await app.libraryEntry(FIRST).click();
  await expect(headline).toHaveValue(FIRST);
  await page.reload();
  await expect(headline).toHaveValue(FIRST);

  // Gone from the library since (deleted on disk while the app was closed):
  // nothing is reopened, and nothing complains.
  await app.host!.stop();
  for (const file of await app.articleFiles()) {
    if ((JSON.parse(await readFile(file, 'utf8')) as { headline: string }).headline === FIRST)
      await rm(path.dirname(file), { recursive: true });
  }
  await app.start();
  await expect(app.libraryEntry(SECOND)).toBeVisible();
  await expect(app.libraryEntry(FIRST)).toHaveCount(0);
  await expect(headline).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('"New article" pressed while the last article is still reopening makes a new article, once', async ({
  page,
  app,
}) => {
  await app.open();
  await createArticle(page, app, FIRST);
  await app.host!.stop();
  const [oldFile] = await app.articleFiles();
  const before = await readFile(oldFile!, 'utf8');

  // A slow disk or a long article: the reopening takes 1.5 s.
  await slowBridgeCalls(page, { 'article:load': 1_500 });
  const reopening = page.waitForRequest((request) =>
    Boolean(request.postData()?.includes('"article:load"')),
  );
  await app.start();
  const newArticle = page.getByRole('button', { name: 'New article' });
  await expect(newArticle).toBeVisible();
  // Pressed while the reopening is on its way (it waits for the checked list:
  // pressed before it, the first new article can be made before the second press).
  await reopening;
  // Twice, as a hurried double click: still one new article.
  await newArticle.click();
  await newArticle.click();

  const headline = page.getByRole('textbox', { name: 'Headline', exact: true });
  await expect(headline).toHaveValue('', { timeout: 10_000 });
  await headline.fill(SECOND);
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  await expect(app.libraryEntry(SECOND)).toBeVisible();
  await expect(app.libraryEntry(FIRST)).toBeVisible();
  expect(await app.articleFiles()).toHaveLength(2);
  // The reopened article took none of it.
  expect(await readFile(oldFile!, 'utf8')).toBe(before);

  // With nothing else going on, a double click makes one article too.
  await newArticle.dblclick();
  await expect(headline).toHaveValue('');
  await expect.poll(async () => (await app.articleFiles()).length).toBe(3);
  await page.waitForTimeout(500);
  expect(await app.articleFiles()).toHaveLength(3);
});

test('a "New article" pressed before the library is listed is not replaced by the reopened article', async ({
  page,
  app,
}) => {
  await app.open();
  await createArticle(page, app, FIRST);
  await app.host!.stop();

  // The library is slow to list (and to check: the reopening waits for a
  // checked list), and making the new article slower still: the checked list
  // arrives while the new article is on its way, which is when the reopening
  // of FIRST could start.
  await slowBridgeCalls(page, {
    'library:list': 400,
    'library:check': 400,
    'article:create': 1_500,
  });
  await app.start();
  await page.getByRole('button', { name: 'New article' }).click();
  const headline = page.getByRole('textbox', { name: 'Headline', exact: true });
  await expect(headline).toHaveValue('', { timeout: 10_000 });
  await expect(app.libraryEntry(FIRST)).toBeVisible();
  // The list is in and the reopening had its chance: the new article stays.
  await page.waitForTimeout(1_000);
  await expect(headline).toHaveValue('');
  expect(await app.articleFiles()).toHaveLength(2);
});

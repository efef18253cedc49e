/**
 * At start the list comes from the summary index main already holds, and is
 * then checked against the disk (App.tsx `listAtStart`, `library:check`): an
 * article edited outside Newsdesk, or damaged, while the app was running is
 * shown as it is on disk once the check answers.
 */
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newArticle } from '../../shared/article/schema';
import { writeArticle } from './support/article-fixture';
import { expect, test } from './support/app-fixture';

const FIRST = 'c0ffee00-0000-4000-8000-000000000001';
const SECOND = 'c0ffee00-0000-4000-8000-000000000002';

test('the list shown at start is checked against the disk', async ({ page, app }) => {
  const first = newArticle(FIRST, new Date(Date.UTC(2025, 0, 1, 8)));
  first.headline = 'Giá xăng giữ nguyên';
  const second = newArticle(SECOND, new Date(Date.UTC(2025, 0, 1, 9)));
  second.headline = 'Khánh thành cầu mới';
  await writeArticle(app.dirs.library, first);
  await writeArticle(app.dirs.library, second);
  await app.open();
  const rows = page.locator('.article-list > .article-item');
  await expect(rows).toHaveText([/^Khánh thành cầu mới/, /^Giá xăng giữ nguyên/]);

  // Behind the running host's back: one edited, one damaged.
  await writeArticle(app.dirs.library, { ...first, headline: 'Giá xăng tăng từ chiều nay' });
  await writeFile(path.join(app.dirs.library, SECOND, 'article.json'), '{ "schemaVersion": ');
  const channels: string[] = [];
  page.on('request', (request) => {
    const channel = /"channel":"(library:[a-z]+)"/.exec(request.postData() ?? '')?.[1];
    if (channel) channels.push(channel);
  });
  await page.reload();

  await expect(rows).toHaveText([/^Giá xăng tăng từ chiều nay/, /^Cannot open: c0ffee00/]);
  // The first answer came from the index, unchecked; the check sent the new list.
  expect(channels).toEqual(['library:list', 'library:check']);
});

test('an article made while the check is on its way stays listed when its answer comes', async ({
  page,
  app,
}) => {
  const first = newArticle(FIRST, new Date(Date.UTC(2025, 0, 1, 8)));
  first.headline = 'Giá xăng giữ nguyên';
  await writeArticle(app.dirs.library, first);
  await app.open();
  await expect(app.libraryEntry('Giá xăng giữ nguyên')).toBeVisible();
  // Edited behind the host's back, so the check's answer is a new listing.
  await writeArticle(app.dirs.library, { ...first, headline: 'Giá xăng tăng từ chiều nay' });

  // The check's answer, made by the host before the new article existed,
  // is held back until the new article is listed.
  let created!: () => void;
  const newArticleListed = new Promise<void>((resolve) => (created = resolve));
  let checkAnswered!: () => void;
  const checkDone = new Promise<void>((resolve) => (checkAnswered = resolve));
  await page.route('**/api/invoke', async (route) => {
    if (!route.request().postData()?.includes('"library:check"')) return route.continue();
    const response = await route.fetch();
    await newArticleListed;
    await route.fulfill({ response });
    checkAnswered();
  });
  await page.reload();
  await expect(app.libraryEntry('Giá xăng giữ nguyên')).toBeVisible(); // the index's list
  const fields = await app.newArticle();
  await fields.headline.fill('Tin mới viết trong lúc kiểm tra');
  await expect(app.libraryEntry('Tin mới viết trong lúc kiểm tra')).toBeVisible();
  created();
  await checkDone;

  await expect(app.libraryEntry('Giá xăng tăng từ chiều nay')).toBeVisible();
  await expect(app.libraryEntry('Tin mới viết trong lúc kiểm tra')).toBeVisible();
  await page.waitForTimeout(300);
  await expect(app.libraryEntry('Tin mới viết trong lúc kiểm tra')).toBeVisible();
});

test('articles added, deleted or changed outside Newsdesk show when the window comes back', async ({
  page,
  app,
}) => {
  const first = newArticle(FIRST, new Date(Date.UTC(2025, 0, 1, 8)));
  first.headline = 'Giá xăng giữ nguyên';
  await writeArticle(app.dirs.library, first);
  await app.open();
  const rows = page.locator('.article-list > .article-item');
  await expect(rows).toHaveText([/^Giá xăng giữ nguyên/]);
  // A first start has no summary index: its listing is already checked against the disk.

  // While the reporter is in another window, a sync tool brings one and removes one.
  const second = newArticle(SECOND, new Date(Date.UTC(2025, 0, 1, 9)));
  second.headline = 'Khánh thành cầu mới';
  await writeArticle(app.dirs.library, second);
  await rm(path.join(app.dirs.library, FIRST), { recursive: true });
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(rows).toHaveText([/^Khánh thành cầu mới/]);
});

test('opening an article another program changed shows what opened in its row', async ({
  page,
  app,
}) => {
  const first = newArticle(FIRST, new Date(Date.UTC(2025, 0, 1, 8)));
  first.headline = 'Phố đi bộ mở cửa';
  await writeArticle(app.dirs.library, first);
  await app.open();
  await expect(page.locator('.article-list > .article-item')).toHaveText([/^Phố đi bộ mở cửa/]);
  await writeArticle(app.dirs.library, { ...first, headline: 'Cấm xe máy vào phố cổ' });
  await app.libraryEntry('Phố đi bộ mở cửa').click();
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(
    'Cấm xe máy vào phố cổ',
  );
  await expect(page.locator('.article-list > .article-item')).toHaveText([
    /^Cấm xe máy vào phố cổ/,
  ]);
});

/**
 * At start the list comes from the summary index main already holds, and is
 * then checked against the disk (App.tsx `listAtStart`, `library:check`): an
 * article edited outside Newsdesk, or damaged, while the app was running is
 * shown as it is on disk once the check answers.
 */
import { writeFile } from 'node:fs/promises';
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

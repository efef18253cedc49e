/**
 * Issue #6 end to end, through the web host with real files: a change on disk
 * under unsaved edits asks before anything is overwritten; a restore from the
 * version history, then "Undo restore".
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articleSchema } from '../../shared/article/schema';
import { bodyText, largeArticle, writeArticle } from './support/article-fixture';
import {
  makeHostDirs,
  startWebHostProcess,
  type WebHostDirs,
  type WebHostProcess,
} from './support/web-host';

let dirs: WebHostDirs;
let host: WebHostProcess | undefined;
const ID = 'recovery-e2e-article-01';
const HEADLINE = 'Bài để thử xung đột';

test.beforeEach(async () => {
  dirs = await makeHostDirs();
});
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
  await dirs.cleanup();
});

const articleFile = () => path.join(dirs.library, ID, 'article.json');
const onDisk = async () => articleSchema.parse(JSON.parse(await readFile(articleFile(), 'utf8')));

async function openArticle(page: Page, settingsJson?: object): Promise<void> {
  await writeArticle(dirs.library, largeArticle(ID, HEADLINE, 3));
  if (settingsJson) {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dirs.config, { recursive: true });
    await writeFile(path.join(dirs.config, 'settings.json'), JSON.stringify(settingsJson));
  }
  host = await startWebHostProcess(dirs);
  await page.goto(host.url);
  await page.getByRole('button', { name: new RegExp(`^${HEADLINE}`) }).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Cuối bài:');
}

/** Another program rewrites the article's headline on disk. */
async function changeOnDisk(headline: string): Promise<void> {
  const article = await onDisk();
  await writeFile(articleFile(), `${JSON.stringify({ ...article, headline }, null, 2)}\n`);
}

async function typeAtEnd(page: Page, text: string): Promise<void> {
  const last = page.getByRole('textbox', { name: 'Article body' }).locator('p').last();
  await last.click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(text);
}

test('a change on disk under unsaved edits asks; "Keep mine" saves over it knowingly', async ({
  page,
}) => {
  await openArticle(page);
  await expect(page.getByRole('status')).toHaveText('Saved');
  await changeOnDisk('Tiêu đề do người khác sửa');
  await typeAtEnd(page, ' chữ của tôi');

  const prompt = page.getByRole('alertdialog', { name: 'This article changed on disk' });
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  // Nothing was overwritten while the question was open.
  expect((await onDisk()).headline).toBe('Tiêu đề do người khác sửa');
  await prompt.getByRole('button', { name: 'Keep mine' }).click();
  await expect(prompt).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  const saved = await onDisk();
  expect(saved.headline).toBe(HEADLINE);
  expect(bodyText(saved)).toContain('chữ của tôi');
});

test('"Keep both" saves mine as a new article and leaves theirs untouched', async ({ page }) => {
  await openArticle(page);
  await expect(page.getByRole('status')).toHaveText('Saved');
  await changeOnDisk('Bản của đồng nghiệp');
  await typeAtEnd(page, ' bản của tôi');
  const prompt = page.getByRole('alertdialog', { name: 'This article changed on disk' });
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  await prompt.getByRole('button', { name: 'Keep both' }).click();
  await expect(prompt).toBeHidden();
  expect((await onDisk()).headline).toBe('Bản của đồng nghiệp');
  await expect(page.getByRole('button', { name: /^Bản của đồng nghiệp/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(HEADLINE);
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('bản của tôi');
});

test('without unsaved edits, a change on disk is reloaded quietly', async ({ page }) => {
  await openArticle(page);
  await expect(page.getByRole('status')).toHaveText('Saved');
  await changeOnDisk('Tải lại lặng lẽ');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Tải lại lặng lẽ', {
    timeout: 15_000,
  });
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});

test('a version restored from the history, then the restore undone', async ({ page }) => {
  // One snapshot per save, so the test needs no waiting for the interval.
  await openArticle(page, {
    history: { keepAllDays: 1, keepDailyDays: 30, minIntervalMinutes: 0 },
  });
  await typeAtEnd(page, ' phiên bản một');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  await typeAtEnd(page, ' phiên bản hai');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  expect(bodyText(await onDisk())).toContain('phiên bản hai');

  await page.getByRole('button', { name: 'Version history' }).click();
  const panel = page.getByRole('dialog', { name: 'Version history' });
  const items = panel.getByRole('listitem');
  await expect(items).toHaveCount(2);
  // The oldest snapshot holds "phiên bản một" only.
  const oldest = items.last();
  await oldest.getByRole('button', { name: 'Preview' }).click();
  await expect(panel.getByRole('region')).toContainText('phiên bản một');
  await expect(panel.getByRole('region')).not.toContainText('phiên bản hai');
  await oldest.getByRole('button', { name: 'Restore' }).click();

  await expect(panel.getByRole('button', { name: 'Undo restore' })).toBeVisible();
  const restored = bodyText(await onDisk());
  expect(restored).toContain('phiên bản một');
  expect(restored).not.toContain('phiên bản hai');
  await expect(page.getByRole('textbox', { name: 'Article body' })).not.toContainText(
    'phiên bản hai',
  );

  await panel.getByRole('button', { name: 'Undo restore' }).click();
  await expect(panel.getByRole('button', { name: 'Undo restore' })).toBeHidden();
  expect(bodyText(await onDisk())).toContain('phiên bản hai');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('phiên bản hai');
});

test('damaged and newer-version files are listed, left untouched, and shown in their folder', async ({
  page,
}) => {
  await writeArticle(dirs.library, largeArticle(ID, HEADLINE, 3));
  const { mkdir } = await import('node:fs/promises');
  const truncatedId = 'damaged-article-000001';
  const newerId = 'newer-article-00000001';
  const truncated = '{"schemaVersion": 1, "id": "damaged-article-000001", "headline": "Bị cắ';
  const newer = JSON.stringify({ schemaVersion: 99, id: newerId, headline: 'Từ bản mới' });
  for (const [id, text] of [
    [truncatedId, truncated],
    [newerId, newer],
  ] as const) {
    await mkdir(path.join(dirs.library, id), { recursive: true });
    await writeFile(path.join(dirs.library, id, 'article.json'), text);
  }
  host = await startWebHostProcess(dirs);
  await page.goto(host.url);

  const damagedItem = page.getByRole('listitem').filter({ hasText: truncatedId });
  await expect(damagedItem).toContainText('not valid JSON');
  await expect(page.getByRole('listitem').filter({ hasText: newerId })).toContainText(
    'newer Newsdesk',
  );
  await damagedItem.getByRole('button', { name: 'Show in folder' }).click();
  await expect(damagedItem.getByRole('note')).toContainText(
    path.join(dirs.library, truncatedId, 'article.json'),
  );

  // The rest of the library works, and the damaged files are never rewritten.
  await page.getByRole('button', { name: new RegExp(`^${HEADLINE}`) }).click();
  await typeAtEnd(page, ' vẫn làm việc được');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  expect(await readFile(path.join(dirs.library, truncatedId, 'article.json'), 'utf8')).toBe(
    truncated,
  );
  expect(await readFile(path.join(dirs.library, newerId, 'article.json'), 'utf8')).toBe(newer);
});

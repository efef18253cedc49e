/**
 * Issue #6 end to end, through the web host with real files: a change on disk
 * under unsaved edits asks before anything is overwritten; a restore from the
 * version history, then "Undo restore".
 */
import type { Page } from '@playwright/test';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articleSchema } from '../../shared/article/schema';
import { expect, test, type NewsdeskApp } from './support/app-fixture';
import { bodyText, largeArticle, writeArticle } from './support/article-fixture';

const ID = 'recovery-e2e-article-01';
const OTHER_ID = 'recovery-e2e-article-02';
const HEADLINE = 'Bài để thử xung đột';

const articleFile = (app: NewsdeskApp) => path.join(app.dirs.library, ID, 'article.json');
const onDisk = async (app: NewsdeskApp) =>
  articleSchema.parse(JSON.parse(await readFile(articleFile(app), 'utf8')));

async function openArticle(page: Page, app: NewsdeskApp, settingsJson?: object): Promise<void> {
  await writeArticle(app.dirs.library, largeArticle(ID, HEADLINE, 3));
  if (settingsJson) {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(app.dirs.config, { recursive: true });
    await writeFile(path.join(app.dirs.config, 'settings.json'), JSON.stringify(settingsJson));
  }
  await app.start();
  await app.libraryEntry(HEADLINE).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Cuối bài:');
}

/** Another program rewrites the article's headline on disk. */
async function changeOnDisk(app: NewsdeskApp, headline: string): Promise<void> {
  const article = await onDisk(app);
  await writeFile(articleFile(app), `${JSON.stringify({ ...article, headline }, null, 2)}\n`);
}

async function typeAtEnd(page: Page, text: string): Promise<void> {
  const last = page.getByRole('textbox', { name: 'Article body' }).locator('p').last();
  await last.click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(text);
}

/** The article changed on disk, then `typed` at its end: the question that follows. */
async function askedAfterTyping(page: Page, app: NewsdeskApp, headline: string, typed: string) {
  await changeOnDisk(app, headline);
  await typeAtEnd(page, typed);
  const prompt = page.getByRole('alertdialog', { name: 'This article changed on disk' });
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  return prompt;
}

test('a change on disk under unsaved edits asks; "Keep mine" saves over it knowingly', async ({
  page,
  app,
}) => {
  await openArticle(page, app);
  await expect(page.getByRole('status')).toHaveText('Saved');
  const prompt = await askedAfterTyping(page, app, 'Tiêu đề do người khác sửa', ' chữ của tôi');
  // What each choice keeps, before choosing: "Load theirs" would drop the words typed.
  const differs = prompt.getByRole('region', { name: 'What differs from the version on disk' });
  await expect(differs).toContainText(`Headline: “Tiêu đề do người khác sửa” → “${HEADLINE}”`);
  await expect(differs).toContainText('Only in your edits: Cuối bài: chữ của tôi');
  await expect(prompt.getByRole('button', { name: 'Keep mine' })).toBeFocused();
  // Nothing was overwritten while the question was open.
  expect((await onDisk(app)).headline).toBe('Tiêu đề do người khác sửa');
  await prompt.getByRole('button', { name: 'Keep mine' }).click();
  await expect(prompt).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  const saved = await onDisk(app);
  expect(saved.headline).toBe(HEADLINE);
  expect(bodyText(saved)).toContain('chữ của tôi');
});

test('"Keep both" saves mine as a new article and leaves theirs untouched', async ({
  page,
  app,
}) => {
  await openArticle(page, app);
  await expect(page.getByRole('status')).toHaveText('Saved');
  const prompt = await askedAfterTyping(page, app, 'Bản của đồng nghiệp', ' bản của tôi');
  await prompt.getByRole('button', { name: 'Keep both' }).click();
  await expect(prompt).toBeHidden();
  expect((await onDisk(app)).headline).toBe('Bản của đồng nghiệp');
  await expect(page.getByRole('button', { name: /^Bản của đồng nghiệp/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(HEADLINE);
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('bản của tôi');
});

test('"Keep both" clicked twice makes one new article', async ({ page, app }) => {
  await openArticle(page, app);
  await expect(page.getByRole('status')).toHaveText('Saved');
  const prompt = await askedAfterTyping(page, app, 'Bản của đồng nghiệp', ' bản của tôi');
  await prompt.getByRole('button', { name: 'Keep both' }).dblclick();
  await expect(prompt).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('bản của tôi');
  await page.waitForTimeout(1000);
  // The article and one copy of it.
  expect(await app.articleFiles()).toHaveLength(2);
});

/** Everything the recovery journal holds on disk, as text. */
async function journalText(app: NewsdeskApp): Promise<string> {
  const { readdir } = await import('node:fs/promises');
  const { libraryJournalDir } = await import('../../electron/services/recovery-journal');
  const dir = libraryJournalDir(path.join(app.dirs.config, 'recovery'), app.dirs.library);
  const names = await readdir(dir).catch(() => [] as string[]);
  const texts = await Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')));
  return texts.join('\n');
}

test('"Load theirs" opens the version on disk and sets mine aside in the history, journal entry dropped', async ({
  page,
  app,
}) => {
  await openArticle(page, app);
  await expect(page.getByRole('status')).toHaveText('Saved');
  await changeOnDisk(app, 'Bản trên đĩa');
  await typeAtEnd(page, ' chữ bỏ đi');
  await expect.poll(() => journalText(app), { timeout: 10_000 }).toContain('chữ bỏ đi');
  const prompt = page.getByRole('alertdialog', { name: 'This article changed on disk' });
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  await prompt.getByRole('button', { name: 'Load theirs' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Bản trên đĩa');
  await expect(page.getByRole('textbox', { name: 'Article body' })).not.toContainText('chữ bỏ đi');
  await expect.poll(() => journalText(app)).not.toContain('chữ bỏ đi');
  expect(bodyText(await onDisk(app))).not.toContain('chữ bỏ đi');
  // Not lost, though: the words set aside are one restore away.
  await page.getByRole('button', { name: 'Version history' }).click();
  const history = page.getByRole('dialog', { name: 'Version history' });
  await expect(history).toContainText('Yours, set aside by “Load theirs”');
  const dir = path.join(app.dirs.library, ID, 'history');
  const snapshots = await Promise.all(
    (await readdir(dir)).map(async (name) => readFile(path.join(dir, name), 'utf8')),
  );
  expect(snapshots.join('\n')).toContain('chữ bỏ đi');
});

test('"Load theirs" clicked twice sets the version aside once', async ({ page, app }) => {
  await openArticle(page, app);
  await expect(page.getByRole('status')).toHaveText('Saved');
  const prompt = await askedAfterTyping(page, app, 'Bản trên đĩa', ' chữ bỏ đi');
  // A double click (or Enter, then a click): the dialog stays while the version is set aside.
  await prompt.getByRole('button', { name: 'Load theirs' }).dblclick();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Bản trên đĩa');
  const dir = path.join(app.dirs.library, ID, 'history');
  await expect
    .poll(async () => (await readdir(dir)).filter((name) => name.includes('-set-aside-')).length)
    .toBe(1);
  // …and stays so once every click has been handled.
  await page.waitForTimeout(1000);
  expect((await readdir(dir)).filter((name) => name.includes('-set-aside-'))).toHaveLength(1);
});

test('"Load theirs" that cannot load the file keeps an editor that still journals what is typed', async ({
  page,
  app,
}) => {
  await openArticle(page, app);
  await expect(page.getByRole('status')).toHaveText('Saved');
  // A colleague with a newer Newsdesk saves the article on a shared folder.
  const disk = JSON.parse(await readFile(articleFile(app), 'utf8'));
  await writeFile(articleFile(app), JSON.stringify({ ...disk, schemaVersion: 2 }, null, 2));
  await typeAtEnd(page, ' chữ trước');
  const prompt = page.getByRole('alertdialog', { name: 'This article changed on disk' });
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  await prompt.getByRole('button', { name: 'Load theirs' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /open/i }).first()).toBeVisible();
  // The editor is still on screen, so the reporter goes on typing.
  await expect(prompt).toBeHidden();
  await typeAtEnd(page, ' chữ sau lỗi');
  await expect.poll(() => journalText(app), { timeout: 10_000 }).toContain('chữ sau lỗi');
  expect(await journalText(app)).toContain('chữ trước');
});

test('a file that can no longer be opened under a clean editor is told once, not at every poll', async ({
  page,
  app,
}) => {
  await openArticle(page, app);
  await expect(page.getByRole('status')).toHaveText('Saved');
  const polls = () =>
    page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/invoke') &&
        (response.request().postData() ?? '').includes('"article:revision"'),
    );
  // A colleague with a newer Newsdesk saves the article on a shared folder.
  const disk = JSON.parse(await readFile(articleFile(app), 'utf8'));
  await writeFile(articleFile(app), JSON.stringify({ ...disk, schemaVersion: 2 }, null, 2));
  const told = page.getByRole('alert').filter({ hasText: /newer Newsdesk/ });
  await expect(told).toHaveCount(1, { timeout: 15_000 });
  for (let poll = 0; poll < 3; poll += 1) await polls();
  await expect(told).toHaveCount(1);
  // A later change on disk is tried again, and opens.
  await writeFile(articleFile(app), JSON.stringify({ ...disk, headline: 'Đã sửa lại' }, null, 2));
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(
    'Đã sửa lại',
    { timeout: 15_000 },
  );
});

test('without unsaved edits, a change on disk is reloaded quietly', async ({ page, app }) => {
  await openArticle(page, app);
  await expect(page.getByRole('status')).toHaveText('Saved');
  // The reporter is reading, the caret in the sapo after "Mưa".
  const sapo = page.getByRole('textbox', { name: 'Sapo' });
  await sapo.fill('Mưa to ở Hà Nội.');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  await sapo.evaluate((field: HTMLTextAreaElement) => field.setSelectionRange(3, 3));
  await changeOnDisk(app, 'Tải lại lặng lẽ');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Tải lại lặng lẽ', {
    timeout: 15_000,
  });
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  // The view is made anew: the focus is in the same field of it, and the
  // reload is said from a region that was there before.
  await expect(sapo).toBeFocused();
  expect(await sapo.evaluate((field: HTMLTextAreaElement) => field.selectionStart)).toBe(3);
  await expect(page.locator('.workspace > [aria-live]')).toHaveText(
    'The article was changed on disk and has been reloaded.',
  );
});

test('a quiet reload never sends keys typed in the body to a place the reporter did not choose', async ({
  page,
  app,
}) => {
  await openArticle(page, app);
  await typeAtEnd(page, ' đã lưu');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  await changeOnDisk(app, 'Tải lại khi đang ở thân bài');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(
    'Tải lại khi đang ở thân bài',
    { timeout: 15_000 },
  );
  // The body's caret cannot be put back where it was: it is not put anywhere.
  await page.keyboard.insertText('QQQ');
  await expect(page.getByRole('textbox', { name: 'Article body' })).not.toContainText('QQQ');
});

test('a version restored from the history, then the restore undone', async ({ page, app }) => {
  // One snapshot per save, so the test needs no waiting for the interval.
  await openArticle(page, app, {
    history: { keepAllDays: 1, keepDailyDays: 30, minIntervalMinutes: 0 },
  });
  await typeAtEnd(page, ' phiên bản một');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  await typeAtEnd(page, ' phiên bản hai');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  expect(bodyText(await onDisk(app))).toContain('phiên bản hai');

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
  const restored = bodyText(await onDisk(app));
  expect(restored).toContain('phiên bản một');
  expect(restored).not.toContain('phiên bản hai');
  await expect(page.getByRole('textbox', { name: 'Article body' })).not.toContainText(
    'phiên bản hai',
  );

  await panel.getByRole('button', { name: 'Undo restore' }).click();
  await expect(panel.getByRole('button', { name: 'Undo restore' })).toBeHidden();
  expect(bodyText(await onDisk(app))).toContain('phiên bản hai');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('phiên bản hai');
});

test('damaged and newer-version files are listed, left untouched, and shown in their folder', async ({
  page,
  app,
}) => {
  await writeArticle(app.dirs.library, largeArticle(ID, HEADLINE, 3));
  const { mkdir } = await import('node:fs/promises');
  const truncatedId = 'damaged-article-000001';
  const newerId = 'newer-article-00000001';
  const truncated = '{"schemaVersion": 1, "id": "damaged-article-000001", "headline": "Bị cắ';
  const newer = JSON.stringify({ schemaVersion: 99, id: newerId, headline: 'Từ bản mới' });
  for (const [id, text] of [
    [truncatedId, truncated],
    [newerId, newer],
  ] as const) {
    await mkdir(path.join(app.dirs.library, id), { recursive: true });
    await writeFile(path.join(app.dirs.library, id, 'article.json'), text);
  }
  await app.start();

  const damagedItem = page.getByRole('listitem').filter({ hasText: truncatedId });
  await expect(damagedItem).toContainText('article.json could not be read');
  // Main's own sentence, with the file's detail, is the tooltip.
  await expect(damagedItem.locator('.article-damage')).toHaveAttribute('title', /not valid JSON/);
  await expect(page.getByRole('listitem').filter({ hasText: newerId })).toContainText(
    'newer Newsdesk',
  );
  await damagedItem.getByRole('button', { name: 'Show in folder' }).click();
  await expect(damagedItem.getByRole('note')).toContainText(
    path.join(app.dirs.library, truncatedId, 'article.json'),
  );

  // The rest of the library works, and the damaged files are never rewritten.
  await app.libraryEntry(HEADLINE).click();
  await typeAtEnd(page, ' vẫn làm việc được');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  expect(await readFile(path.join(app.dirs.library, truncatedId, 'article.json'), 'utf8')).toBe(
    truncated,
  );
  expect(await readFile(path.join(app.dirs.library, newerId, 'article.json'), 'utf8')).toBe(newer);
});

test('a damaged file is explained in Vietnamese to a Vietnamese newsroom', async ({
  page,
  app,
}) => {
  const { mkdir } = await import('node:fs/promises');
  const id = 'newer-article-00000002';
  await mkdir(path.join(app.dirs.library, id), { recursive: true });
  await writeFile(
    path.join(app.dirs.library, id, 'article.json'),
    JSON.stringify({ schemaVersion: 99, id, headline: 'Từ bản mới' }),
  );
  await app.start({ NEWSDESK_LANG: 'vi' });
  await expect(page.getByRole('listitem').filter({ hasText: id })).toContainText(
    'Bài được lưu bằng phiên bản Newsdesk mới hơn; hãy cập nhật Newsdesk để mở.',
  );
});

test('an article holding a block this version does not know is refused, never emptied', async ({
  page,
  app,
}) => {
  const article = largeArticle(ID, HEADLINE, 3);
  (article.body.root.children as unknown[]).splice(1, 0, {
    type: 'poll',
    version: 1,
    question: 'Bạn nghĩ sao?',
  });
  await writeArticle(app.dirs.library, article);
  const before = await readFile(articleFile(app), 'utf8');
  await app.start();
  await app.libraryEntry(HEADLINE).click();
  await expect(page.getByRole('alert').first()).toContainText(
    'Could not open the article: It was saved by a newer Newsdesk',
  );
  // No editor holds an empty body that a keystroke could save.
  await expect(page.getByRole('textbox', { name: 'Article body' })).toHaveCount(0);
  expect(await readFile(articleFile(app), 'utf8')).toBe(before);
});

test('from the keyboard, a restore focuses "Undo restore", and closing returns to "Version history"', async ({
  page,
  app,
}) => {
  await openArticle(page, app, {
    history: { keepAllDays: 1, keepDailyDays: 30, minIntervalMinutes: 0 },
  });
  await typeAtEnd(page, ' phiên bản một');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  await typeAtEnd(page, ' phiên bản hai');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });

  await page.getByRole('button', { name: 'Version history' }).focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Version history' });
  const items = panel.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await items.last().getByRole('button', { name: 'Restore' }).focus();
  await page.keyboard.press('Enter');
  // The restore is done (the article view is made anew under the dialog)...
  const undo = panel.getByRole('button', { name: 'Undo restore' });
  await expect(undo).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Article body' })).not.toContainText(
    'phiên bản hai',
  );
  // ...and undone from the keyboard: the focus stays in the dialog, on "Close".
  await page.keyboard.press('Enter');
  await expect(undo).toBeHidden();
  await expect(panel.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('phiên bản hai');
  // The button that opened the dialog was made anew with the view: its successor gets the focus.
  await page.keyboard.press('Enter');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Version history' })).toBeFocused();
});

test('a journal file of unsaved edits that cannot be read is named at start, and kept', async ({
  page,
  app,
}) => {
  const { mkdir } = await import('node:fs/promises');
  const recovery = path.join(app.dirs.config, 'recovery');
  await mkdir(recovery, { recursive: true });
  const fileName = `${ID}.journal.json`;
  await writeFile(path.join(recovery, fileName), '{"articleId": "recovery-e2e-article-01", "art');
  await app.start();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('1 file of unsaved edits could not be read and was kept');
  await expect(alert).toContainText(fileName);
  expect(await readFile(path.join(recovery, fileName), 'utf8')).toContain('"art');
});

test('a damaged article comes back from its version history, the damaged file kept beside it', async ({
  page,
  app,
}) => {
  await openArticle(page, app, {
    history: { keepAllDays: 1, keepDailyDays: 30, minIntervalMinutes: 0 },
  });
  await typeAtEnd(page, ' bản còn tốt');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  // A sync tool cuts the file short while Newsdesk is closed.
  const good = await readFile(articleFile(app), 'utf8');
  await app.host!.stop();
  await writeFile(articleFile(app), good.slice(0, 300));
  await app.start();

  const damagedItem = page.getByRole('listitem').filter({ hasText: ID });
  await damagedItem.getByRole('button', { name: `Version history of ${ID}` }).click();
  const panel = page.getByRole('dialog', { name: 'Version history' });
  await panel.getByRole('listitem').first().getByRole('button', { name: 'Restore' }).click();
  // The restored article opens; there is no undo: the damaged file is kept instead.
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('bản còn tốt');
  await expect(panel.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(panel.getByRole('button', { name: 'Undo restore' })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(app.libraryEntry(HEADLINE)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: ID })).toHaveCount(0);
  expect(bodyText(await onDisk(app))).toContain('bản còn tốt');
  const kept = (await readdir(path.join(app.dirs.library, ID))).filter((name) =>
    name.startsWith('article.damaged-'),
  );
  expect(kept).toHaveLength(1);
});

test('a key that lands on the change-on-disk question keeps the words being typed', async ({
  page,
  app,
}) => {
  await openArticle(page, app);
  await expect(page.getByRole('status')).toHaveText('Saved');
  const prompt = await askedAfterTyping(page, app, 'Tiêu đề do người khác sửa', ' chữ của tôi');
  // The reporter, still typing, hits the space bar as the question opens.
  await expect(prompt.getByRole('button', { name: 'Keep mine' })).toBeFocused();
  await page.keyboard.press(' ');
  await expect(prompt).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  expect(bodyText(await onDisk(app))).toContain('chữ của tôi');
});

test('"Keep mine" keeps the version it saved over in the history, where it can be restored', async ({
  page,
  app,
}) => {
  await openArticle(page, app);
  await expect(page.getByRole('status')).toHaveText('Saved');
  const prompt = await askedAfterTyping(page, app, 'Tiêu đề do người khác sửa', ' chữ của tôi');
  // The space bar of a reporter still typing lands on the focused "Keep mine".
  await page.keyboard.press(' ');
  await expect(prompt).toBeHidden();
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  expect((await onDisk(app)).headline).toBe(HEADLINE);
  // The colleague's version is one restore away, not gone.
  await page.getByRole('button', { name: 'Version history' }).click();
  const history = page.getByRole('dialog', { name: 'Version history' });
  await expect(history).toContainText('Replaced by “Keep mine”');
  const dir = path.join(app.dirs.library, ID, 'history');
  const snapshots = await Promise.all(
    (await readdir(dir)).map(async (name) => readFile(path.join(dir, name), 'utf8')),
  );
  expect(snapshots.join('\n')).toContain('Tiêu đề do người khác sửa');
});

test('an article removed elsewhere under unsaved edits offers them as a new article, and frees the reporter', async ({
  page,
  app,
}) => {
  await writeArticle(app.dirs.library, largeArticle(OTHER_ID, 'Bài khác', 1));
  await openArticle(page, app);
  await expect(page.getByRole('status')).toHaveText('Saved');
  // Trashed in another window, or deleted by a sync tool.
  await rm(path.join(app.dirs.library, ID), { recursive: true });
  await typeAtEnd(page, ' chữ sau khi xoá');
  const prompt = page.getByRole('alertdialog', {
    name: 'This article is no longer in the library',
  });
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  // The choice that keeps the words has the focus.
  await page.keyboard.press('Enter');
  await expect(prompt).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText(
    'chữ sau khi xoá',
  );
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  const kept = (await readdir(app.dirs.library)).filter((name) => name !== OTHER_ID);
  const texts = await Promise.all(
    kept.map((name) =>
      readFile(path.join(app.dirs.library, name, 'article.json'), 'utf8').catch(() => ''),
    ),
  );
  expect(texts.join('\n')).toContain('chữ sau khi xoá');
  // No longer held on a dead article: another one opens.
  await app.libraryEntry('Bài khác').click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Bài khác');
});

test('"Keep editing" under a gone article goes on typing, and saves once the folder is back', async ({
  page,
  app,
}) => {
  await openArticle(page, app);
  await expect(page.getByRole('status')).toHaveText('Saved');
  // The share holding the library drops for a moment.
  const folder = path.join(app.dirs.library, ID);
  await rename(folder, `${folder}-away`);
  await typeAtEnd(page, ' chữ lúc mất mạng');
  const prompt = page.getByRole('alertdialog', {
    name: 'This article is no longer in the library',
  });
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  await prompt.getByRole('button', { name: 'Keep editing' }).click();
  await expect(prompt).toBeHidden();
  // Trying to leave while it is still away asks again, instead of doing nothing.
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  await prompt.getByRole('button', { name: 'Keep editing' }).click();
  await expect(prompt).toBeHidden();
  await rename(`${folder}-away`, folder);
  await typeAtEnd(page, ' và sau đó');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  await expect(prompt).toBeHidden();
  expect(bodyText(await onDisk(app))).toContain('chữ lúc mất mạng và sau đó');
});

test('the unsaved-edits question opens on "Restore", so Enter keeps the words', async ({
  page,
  app,
}) => {
  const article = largeArticle(ID, HEADLINE, 3);
  await writeArticle(app.dirs.library, article);
  const { RecoveryJournal } = await import('../../electron/services/recovery-journal');
  const journal = new RecoveryJournal({
    dir: path.join(app.dirs.config, 'recovery'),
    libraryPath: app.dirs.library,
  });
  const edited = largeArticle(ID, HEADLINE, 4);
  await journal.write({
    article: edited,
    baseRevision: null,
    session: 'session-e2e1',
    sequence: 1,
  });
  await app.start();
  const dialog = page.getByRole('dialog', { name: 'Unsaved edits were found' });
  await expect(dialog.getByRole('button', { name: 'Restore unsaved edits' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('4. Sở Văn hóa');
  expect(bodyText(await onDisk(app))).toBe(bodyText(edited));
});

test("another library's unsaved edits are not offered over this one's article, and are named", async ({
  page,
  app,
}) => {
  // The same article in this library and in the one the edits were made in
  // (a copy of it): restoring them here would put them in the wrong library.
  await writeArticle(app.dirs.library, largeArticle(ID, HEADLINE, 3));
  const otherLibrary = path.join(app.dirs.config, 'Thư viện trên USB');
  const { RecoveryJournal, libraryJournalDir } =
    await import('../../electron/services/recovery-journal');
  const recoveryDir = path.join(app.dirs.config, 'recovery');
  await new RecoveryJournal({
    dir: recoveryDir,
    libraryPath: otherLibrary,
  }).write({
    article: largeArticle(ID, HEADLINE, 4),
    baseRevision: null,
    session: 'session-e2e3',
    sequence: 1,
  });
  await app.start();
  await expect(page.getByRole('alert')).toContainText(
    `Unsaved edits of 1 article from another library (${otherLibrary}) are kept in ${libraryJournalDir(recoveryDir, otherLibrary)}. Open that library to restore them.`,
  );
  await expect(app.libraryEntry(HEADLINE)).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Unsaved edits were found' })).toHaveCount(0);
});

test("two other libraries' damaged unsaved edits are two notices, each naming the folder that holds them", async ({
  page,
  app,
}) => {
  // Damaged entries say no library: the notice names their folder instead.
  // Both named the recovery folder, so the second notice read as the first
  // and was not shown (banners of the same words are one), and neither said
  // which of the folders in it held the files.
  const { mkdir } = await import('node:fs/promises');
  const { libraryJournalDir } = await import('../../electron/services/recovery-journal');
  const recovery = path.join(app.dirs.config, 'recovery');
  const folders = ['Thư viện A', 'Thư viện B'].map((name) =>
    libraryJournalDir(recovery, path.join(app.dirs.config, name)),
  );
  for (const folder of folders) {
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, `${ID}.journal.json`), '{ "format": 1, ');
  }
  await writeArticle(app.dirs.library, largeArticle(ID, HEADLINE, 3));
  await app.start();
  const alerts = page.getByRole('alert');
  await expect(alerts).toHaveCount(2);
  for (const folder of folders)
    await expect(alerts.filter({ hasText: folder })).toContainText(
      'Unsaved edits of 1 article from another library are kept in',
    );
});

test('unsaved words in a caption and a related item show in the comparison with the disk', async ({
  page,
  app,
}) => {
  const figure = {
    type: 'figure',
    version: 1,
    assetId: `${'d'.repeat(64)}.jpg`,
    width: 1600,
    height: 900,
    layout: 'wide',
    caption: '',
    credit: '',
    alt: '',
  };
  const related = {
    type: 'related-news',
    version: 1,
    heading: 'Tin liên quan',
    items: [{ key: 'k1', headline: '', summary: '', link: null }],
  };
  const withBlocks = (caption: string, relatedHeadline: string, byline: string) => {
    const article = largeArticle(ID, HEADLINE, 1);
    const blocks = article.body.root.children as unknown[];
    blocks.splice(
      1,
      0,
      { ...figure, caption },
      {
        ...related,
        items: [{ ...related.items[0], headline: relatedHeadline }],
      },
    );
    return { ...article, byline } as typeof article;
  };
  // On disk: a colleague changed only the byline since the edits began.
  await writeArticle(app.dirs.library, withBlocks('', '', 'Người khác'));
  const { RecoveryJournal } = await import('../../electron/services/recovery-journal');
  const journal = new RecoveryJournal({
    dir: path.join(app.dirs.config, 'recovery'),
    libraryPath: app.dirs.library,
  });
  await journal.write({
    article: withBlocks('Nước lũ tràn qua bản Nậm Lúc', 'Sạt lở ở Hà Giang', ''),
    baseRevision: 'f'.repeat(64),
    session: 'session-e2e2',
    sequence: 1,
  });
  await app.start();
  const dialog = page.getByRole('dialog', { name: 'Unsaved edits were found' });
  const differs = dialog.getByRole('region', { name: 'What differs from the version on disk' });
  await expect(differs).toContainText('Caption: Nước lũ tràn qua bản Nậm Lúc');
  await expect(differs).toContainText('Related headline: Sạt lở ở Hà Giang');
  await expect(differs).not.toContainText('The text is the same');
});

test("a version's preview shows its captions and related items, where versions may differ", async ({
  page,
  app,
}) => {
  const article = largeArticle(ID, HEADLINE, 1);
  await writeArticle(app.dirs.library, article);
  const old = largeArticle(ID, HEADLINE, 1);
  (old.body.root.children as unknown[]).splice(1, 0, {
    type: 'figure',
    version: 1,
    assetId: `${'e'.repeat(64)}.jpg`,
    width: 1600,
    height: 900,
    layout: 'wide',
    caption: 'Chú thích của bản cũ',
    credit: '',
    alt: '',
  });
  const takenAt = '2026-11-28T09:00:00.000Z';
  const history = path.join(app.dirs.library, ID, 'history');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(history);
  await writeFile(
    path.join(history, `${Date.parse(takenAt)}-autosave-50.json`),
    JSON.stringify({ format: 1, takenAt, reason: 'autosave', wordCount: 50, article: old }),
  );
  await app.start();
  await app.libraryEntry(HEADLINE).click();
  await page.getByRole('button', { name: 'Version history' }).click();
  const panel = page.getByRole('dialog', { name: 'Version history' });
  await panel.getByRole('button', { name: 'Preview' }).click();
  await expect(panel.getByRole('region')).toContainText('Caption: Chú thích của bản cũ');
});

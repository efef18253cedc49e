/**
 * Publication export end to end (issue #5): the real renderer in Chromium, the
 * real web host, a library on disk with stored photos and a related block. The
 * exported page is then opened from disk like a reader's browser would.
 */
import type { Page } from '@playwright/test';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  MAIN_HEADLINE,
  MAIN_ID,
  MAIN_SLUG,
  PUBLISHED_URL,
  sampleLibrary,
} from '../unit/export-service/library-fixture';
import { expect, test, type NewsdeskApp } from './support/app-fixture';

test.beforeEach(async ({ app }) => {
  await sampleLibrary(app.dirs.library);
});

async function openMainArticle(page: Page, app: NewsdeskApp): Promise<void> {
  await app.start();
  await app.libraryEntry(MAIN_HEADLINE).click();
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(
    MAIN_HEADLINE,
  );
}

const ADDED_SAPO = ' Người dân được khuyên giữ ấm.';

test('Export HTML writes a page whose photos load from the export folder, captions under them', async ({
  page,
  app,
}) => {
  await openMainArticle(page, app);
  // Typed just before exporting: the export must carry it (it saves first).
  const sapo = page.getByRole('textbox', { name: 'Sapo', exact: true });
  await sapo.click();
  await sapo.press('End');
  await page.keyboard.insertText(ADDED_SAPO);

  await page.getByRole('button', { name: 'Export HTML' }).click();
  // The checklist has findings for this draft (e.g. the duplicated photo has no
  // caption): the export warns with the count and lets the editor go on.
  const confirm = page.getByRole('alertdialog', { name: 'Export anyway?' });
  await expect(confirm).toContainText(/has \d+ findings? \(/);
  await confirm.getByRole('button', { name: 'Export anyway' }).click();

  const folder = path.join(app.dirs.library, 'exports', MAIN_SLUG);
  await expect(page.getByText(`Exported to ${folder}`)).toBeVisible({ timeout: 15_000 });

  const indexPath = path.join(folder, 'index.html');
  expect(await readFile(indexPath, 'utf8')).toContain(ADDED_SAPO.trim());

  const reader = await page.context().newPage();
  await reader.goto(pathToFileURL(indexPath).href);
  await expect(reader.locator('h1')).toHaveText(MAIN_HEADLINE);
  const images = reader.locator('figure > img');
  await expect(images).toHaveCount(3);
  for (const image of await images.all()) {
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
  }
  // Each caption sits in the photo's own figure, below the image, with the credit inside it.
  const captioned = reader.locator('figure', { has: reader.locator('figcaption') });
  await expect(captioned).toHaveCount(2);
  await expect(captioned.nth(0).locator('figcaption')).toContainText(
    'Người dân co ro trong giá rét.',
  );
  await expect(captioned.nth(0).locator('figcaption > .credit')).toHaveText('Ảnh: Ngọc Thành');
  await expect(captioned.nth(1).locator('figcaption > .credit')).toHaveText('Ảnh: Minh Anh');
  for (const figure of await captioned.all()) {
    const [imageBox, captionBox] = await Promise.all([
      figure.locator('img').boundingBox(),
      figure.locator('figcaption').boundingBox(),
    ]);
    expect(captionBox!.y).toBeGreaterThanOrEqual(imageBox!.y + imageBox!.height);
  }
  // A related library article not exported to this folder is named without a
  // link (its page is not there to follow); a published one links to its URL.
  await expect(reader.locator('.related-news')).toContainText('Cách giữ ấm cho trẻ nhỏ');
  await expect(reader.locator('.related-news a[href*="cach-giu-am-cho-tre-nho"]')).toHaveCount(0);
  await expect(reader.locator('.related-news a').first()).toHaveAttribute(
    'href',
    'https://baomoi.example/xa-hoi/mien-bac-ret.html',
  );
  await reader.close();
});

test('the preview shows the page without running script, follows edits, at phone width', async ({
  page,
  app,
}) => {
  await openMainArticle(page, app);
  const toggle = page.getByRole('button', { name: 'Preview', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  const iframe = page.locator('iframe[title="Preview of the exported page"]');
  const sandbox = await iframe.getAttribute('sandbox');
  expect(sandbox).not.toBeNull();
  expect(sandbox!.split(/\s+/)).not.toContain('allow-scripts');
  const preview = page.frameLocator('iframe[title="Preview of the exported page"]');
  await expect(preview.locator('h1')).toHaveText(MAIN_HEADLINE);
  await expect(preview.locator('script')).toHaveCount(0);
  // The page's own stylesheet applies (allowed by hash in the app's policy): the sapo is bold.
  await expect
    .poll(() => preview.locator('.sapo').evaluate((el) => getComputedStyle(el).fontWeight))
    .toBe('700');
  const firstImage = preview.locator('figure img').first();
  await expect
    .poll(() => firstImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);

  // Script typed into the article reaches the preview as text only.
  const headline = page.getByRole('textbox', { name: 'Headline', exact: true });
  await headline.fill('Rét đậm <script>parent.document.title="pwned"</script>');
  await expect(preview.locator('h1')).toHaveText(
    'Rét đậm <script>parent.document.title="pwned"</script>',
  );
  await expect(preview.locator('script')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');

  await page.getByRole('button', { name: 'Phone' }).click();
  await expect(page.getByRole('button', { name: 'Phone' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await iframe.boundingBox())!.width).toBeLessThanOrEqual(375);
});

test('the open preview leaves the article bar in reach, and Escape or "Close preview" closes it', async ({
  page,
  app,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openMainArticle(page, app);
  const toggle = page.getByRole('button', { name: 'Preview', exact: true });
  await toggle.click();
  const pane = page.getByRole('region', { name: 'Preview of the exported page' });
  await expect(pane).toBeVisible();
  // Every button of the bar is what a click at its centre reaches (trial: no click made).
  for (const name of ['Preview', 'Export HTML', 'Version history', 'Checks']) {
    await page.getByRole('button', { name, exact: true }).click({ trial: true, timeout: 2000 });
  }
  const paneTop = (await pane.boundingBox())!.y;
  const barBottom = await page
    .locator('.article-bar')
    .evaluate((bar) => bar.getBoundingClientRect().bottom);
  expect(paneTop).toBeGreaterThanOrEqual(barBottom - 1);

  await pane.getByRole('button', { name: 'Phone' }).focus();
  await page.keyboard.press('Escape');
  await expect(pane).toBeHidden();
  await expect(toggle).toBeFocused();
  await toggle.click();
  await pane.getByRole('button', { name: 'Close preview' }).click();
  await expect(pane).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
});

test('copy buttons put the headline, the sapo and the article fragment on the clipboard', async ({
  page,
  context,
  app,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMainArticle(page, app);
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await page.getByRole('button', { name: 'Copy headline' }).click();
  await expect.poll(clipboard).toBe(MAIN_HEADLINE);
  await page.getByRole('button', { name: 'Copy sapo' }).click();
  await expect.poll(clipboard).toBe('Nhiệt độ xuống 8 độ C.');
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await expect.poll(clipboard).toMatch(/^<article>\n<h1>Hà Nội đón đợt rét đậm/);
  const html = await clipboard();
  expect(html).toContain(`src="images/${MAIN_SLUG}-1.jpg"`);
  expect(html.trimEnd().endsWith('</article>')).toBe(true);
  // Pasted into the CMS: a published library article links to its page, an
  // unpublished one (no export folder beside the CMS) is not linked at all.
  expect(html).toContain(`<a href="${PUBLISHED_URL}">Miền Bắc rét đậm kéo dài</a>`);
  expect(html).toContain('Cách giữ ấm cho trẻ nhỏ');
  expect(html).not.toContain('index.html');
  // The rich flavour, as a CMS's editor receives it on paste: the same markup,
  // its photo addresses still relative (never this host's address).
  const rich = await page.evaluate(async () => {
    // Chromium's option to read text/html as written (not yet in the DOM typings).
    const read = navigator.clipboard.read as (options: object) => Promise<ClipboardItems>;
    const [item] = await read.call(navigator.clipboard, { unsanitized: ['text/html'] });
    return (await item!.getType('text/html')).text();
  });
  expect(rich).toContain(`src="images/${MAIN_SLUG}-1.jpg"`);
  expect(rich).not.toContain('127.0.0.1');
});

test('Copy HTML keeps what went to the CMS in the version history, once per set of words', async ({
  page,
  context,
  app,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMainArticle(page, app);
  const exportSnapshots = async () =>
    (await readdir(path.join(app.dirs.library, MAIN_ID, 'history')).catch(() => []))
      .filter((name) => name.includes('-export-'))
      .sort();
  const copyHtml = page.getByRole('button', { name: 'Copy HTML' });

  await copyHtml.click();
  await expect.poll(exportSnapshots).toHaveLength(1);
  // Copied again unchanged (the paste into the CMS did not take).
  await copyHtml.click();
  // Words typed and copied at once, before any save: that is what was published.
  const sapo = page.getByRole('textbox', { name: 'Sapo', exact: true });
  await sapo.click();
  await sapo.press('End');
  await page.keyboard.insertText(ADDED_SAPO);
  await copyHtml.click();
  const newestSapo = async () => {
    const newest = (await exportSnapshots()).at(-1)!;
    const file = path.join(app.dirs.library, MAIN_ID, 'history', newest);
    return (JSON.parse(await readFile(file, 'utf8')) as { article: { sapo: string } }).article.sapo;
  };
  await expect.poll(newestSapo).toMatch(new RegExp(`${ADDED_SAPO}$`));
  // The copy of unchanged words added nothing: one snapshot per set of words.
  expect(await exportSnapshots()).toHaveLength(2);
});

test('Copy HTML refuses an article without a headline, as Export does', async ({
  page,
  context,
  app,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMainArticle(page, app);
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  await page.getByRole('textbox', { name: 'Headline', exact: true }).fill('   ');
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Not copied: the article has no headline; write one first.',
  );
  // Nothing with the placeholder headline reached the clipboard.
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
});

test('Copy HTML names the photos as the export folder does, when the export had to take "-2"', async ({
  page,
  context,
  app,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A folder of the reporter's own already has the article's name in the destination.
  const { mkdir, writeFile } = await import('node:fs/promises');
  const taken = path.join(app.dirs.library, 'exports', MAIN_SLUG);
  await mkdir(taken, { recursive: true });
  await writeFile(path.join(taken, 'ghi-chu.txt'), 'riêng');
  await openMainArticle(page, app);
  await page.getByRole('button', { name: 'Export HTML' }).click();
  // The sample article has checklist findings: the export asks first.
  await page
    .getByRole('alertdialog', { name: 'Export anyway?' })
    .getByRole('button', { name: 'Export anyway' })
    .click();
  await expect(page.getByText(/^Exported to .*-2$/)).toBeVisible({ timeout: 15_000 });
  const images = await readdir(path.join(app.dirs.library, 'exports', `${MAIN_SLUG}-2`, 'images'));

  await page.getByRole('button', { name: 'Copy HTML' }).click();
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await expect.poll(clipboard).toContain(`src="images/${MAIN_SLUG}-2-1.jpg"`);
  expect(images).toContain(`${MAIN_SLUG}-2-1.jpg`);
  // A slug typed now is a new folder at the next export, even one the last
  // export's name starts with ("ret-dam-2025", then "ret-dam"): Copy HTML follows.
  const slugField = page.getByRole('textbox', { name: 'Slug' });
  await slugField.fill('ret-dam-2025');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Export HTML' }).click();
  await page
    .getByRole('alertdialog', { name: 'Export anyway?' })
    .getByRole('button', { name: 'Export anyway' })
    .click();
  await expect(page.getByText(/^Exported to .*ret-dam-2025$/)).toBeVisible({ timeout: 15_000 });
  await slugField.fill('ret-dam');
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await expect.poll(clipboard).toContain('src="images/ret-dam-1.jpg"');
});

test('the slug field shows the slug made from the headline and refuses invalid ones', async ({
  page,
  app,
}) => {
  await openMainArticle(page, app);
  const slug = page.getByRole('textbox', { name: 'Slug' });
  await expect(slug).toHaveValue('');
  await expect(slug).toHaveAttribute('placeholder', MAIN_SLUG);
  await slug.fill('Rét Đậm');
  await expect(slug).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'lower-case letters a–z' })).toBeVisible();
  await slug.fill('ret-dam-2025');
  await expect(slug).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });

  await page.getByRole('button', { name: 'Export HTML' }).click();
  await page.getByRole('button', { name: 'Export anyway' }).click();
  await expect(
    page.getByText(`Exported to ${path.join(app.dirs.library, 'exports', 'ret-dam-2025')}`),
  ).toBeVisible({ timeout: 15_000 });
});

test('a failed export is told in Vietnamese to a Vietnamese newsroom, without hashes or paths', async ({
  page,
  app,
}) => {
  const assets = path.join(app.dirs.library, MAIN_ID, 'assets');
  const png = (await readdir(assets)).find((name) => name.endsWith('.png'))!;
  await rm(path.join(assets, png));
  await app.start({ NEWSDESK_LANG: 'vi' });
  await app.libraryEntry(MAIN_HEADLINE).click();
  await page.getByRole('button', { name: 'Xuất HTML' }).click();
  // The checklist may ask first: the missing photo is one of its findings.
  const anyway = page.getByRole('button', { name: 'Vẫn xuất' });
  if (await anyway.isVisible({ timeout: 2000 }).catch(() => false)) await anyway.click();
  await expect(page.getByText(/^Không xuất được: /)).toHaveText(
    'Không xuất được: ảnh của hình 2 không còn trong thư mục của bài. Hãy chèn lại ảnh hoặc bỏ hình này.',
  );
});

test('from the keyboard, the focus stays on "Export HTML" while it runs, and "Close checks" hands it back', async ({
  page,
  app,
}) => {
  await openMainArticle(page, app);
  const exportButton = page.getByRole('button', { name: 'Export HTML' });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  // The checklist may ask first; its dialog gives the focus back when it closes.
  const anyway = page.getByRole('button', { name: 'Export anyway' });
  if (await anyway.isVisible({ timeout: 2000 }).catch(() => false)) {
    await anyway.focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByText(/^Exported to /)).toBeVisible();
  await expect(exportButton).toBeFocused();

  const checks = page.getByRole('button', { name: 'Checks', exact: true });
  await checks.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Close checks' }).focus();
  await page.keyboard.press('Enter');
  await expect(checks).toBeFocused();
});

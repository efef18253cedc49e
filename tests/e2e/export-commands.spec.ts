/**
 * The export's commands and what an export leaves behind (issue #5, issue #10's
 * menu): File ▸ Export HTML… and View ▸ Preview arrive as menu commands, which
 * the web host takes from the same accelerators (Ctrl+E, Ctrl+Shift+R); the
 * export warning runs the checklist with the library's house style, like the
 * Checks panel; and every export leaves a version-history snapshot.
 */
import { type Page } from '@playwright/test';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { newArticle } from '../../shared/article/schema';
import { writeArticle } from './support/article-fixture';
import { expect, test, type NewsdeskApp } from './support/app-fixture';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
const ID = 'c0ffee00-0000-4000-8000-000000000005';
const HEADLINE = 'Hà Nội mở thêm ba tuyến buýt điện';

function paragraph(text: string) {
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text }],
  };
}

/** An article the checklist finds nothing in under the default house style. */
async function writeCleanArticle(library: string): Promise<void> {
  const article = newArticle(ID, new Date('2025-03-01T01:00:00.000Z'));
  await writeArticle(library, {
    ...article,
    headline: HEADLINE,
    sapo: 'Từ tháng tới, người dân có thêm ba tuyến buýt điện nối nội thành với các khu đô thị mới.',
    byline: 'Minh Anh',
    body: {
      root: {
        ...article.body.root,
        children: [
          paragraph('Các tuyến mới chạy từ 5 giờ sáng đến 22 giờ, mỗi chuyến cách nhau 15 phút.'),
          paragraph('Giá vé giữ nguyên như các tuyến buýt thường.'),
        ],
      },
    } as unknown as typeof article.body,
  });
}

async function openArticle(page: Page, app: NewsdeskApp): Promise<void> {
  await app.libraryEntry(HEADLINE).click();
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(HEADLINE);
}

const exportSnapshots = async (app: NewsdeskApp) =>
  (await readdir(path.join(app.dirs.library, ID, 'history')).catch(() => [] as string[])).filter(
    (name) => name.includes('-export-'),
  );

test('Ctrl+Shift+R toggles the preview and Ctrl+E exports, leaving a snapshot in the history', async ({
  page,
  app,
}) => {
  await writeCleanArticle(app.dirs.library);
  await app.open();
  await openArticle(page, app);

  const preview = page.getByRole('region', { name: 'Preview' });
  const toggle = page.getByRole('button', { name: 'Preview', exact: true });
  await expect(preview).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.press(`${mod}+Shift+r`);
  await expect(preview).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(preview.locator('iframe')).toHaveCount(1);
  await page.keyboard.press(`${mod}+Shift+r`);
  await expect(preview).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  expect(await exportSnapshots(app)).toEqual([]);
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.press(`${mod}+e`);
  // A clean article under the default house style: no warning, straight to the export.
  const folder = path.join(app.dirs.library, 'exports');
  await expect(page.getByText(`Exported to ${folder}`)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(await exportSnapshots(app)).toHaveLength(1);
});

test('the export warning applies the house style, as the Checks panel does', async ({
  page,
  app,
}) => {
  await writeCleanArticle(app.dirs.library);
  // The headline (33 characters) is within the default 90 but over this newsroom's 20.
  await mkdir(app.dirs.config, { recursive: true });
  await writeFile(
    path.join(app.dirs.config, 'settings.json'),
    JSON.stringify({
      houseStyle: { toneStyle: 'old', headlineMaxChars: 20, sapoMaxChars: 300, curlyQuotes: true },
    }),
  );
  await app.open();
  await openArticle(page, app);

  await page.getByRole('button', { name: 'Export HTML' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Export anyway?' });
  await expect(confirm).toContainText('has 1 finding (');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  expect(await exportSnapshots(app)).toEqual([]);

  // Ctrl+E gives the same warning; going on exports and snapshots.
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.press(`${mod}+e`);
  await expect(confirm).toContainText('has 1 finding (');
  await confirm.getByRole('button', { name: 'Export anyway' }).click();
  await expect(page.getByText(/^Exported to /)).toBeVisible({ timeout: 15_000 });
  expect(await exportSnapshots(app)).toHaveLength(1);
});

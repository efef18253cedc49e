/**
 * A version a sync tool kept is taken into the history as the other machine
 * wrote it, which may be decomposed Unicode (macOS, Windows' Vietnamese
 * keyboard). Its preview shows every part precomposed (NFC), as the body's
 * lines already were: the headline, sapo and byline were shown decomposed,
 * which a find in the page typed with Unikey does not match and some fonts
 * draw with the tone marks astray.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/app-fixture';
import { largeArticle, writeArticle } from './support/article-fixture';

const ID = 'history-preview-nfc-0001';
const HEADLINE = 'Bài có bản sao đồng bộ';

test('a decomposed version’s preview shows its headline, sapo and byline precomposed', async ({
  page,
  app,
}) => {
  const article = largeArticle(ID, HEADLINE, 2);
  await writeArticle(app.dirs.library, article);
  const copy = {
    ...article,
    headline: 'Hà Nội đón đợt rét đậm'.normalize('NFD'),
    sapo: 'Nhiệt độ xuống dưới mười độ'.normalize('NFD'),
    byline: 'Nguyễn Thị Thủy'.normalize('NFD'),
  };
  const takenAt = '2026-11-28T09:00:00.000Z';
  const history = path.join(app.dirs.library, ID, 'history');
  await mkdir(history);
  await writeFile(
    path.join(history, `${Date.parse(takenAt)}-sync-copy-40.json`),
    JSON.stringify({ format: 1, takenAt, reason: 'sync-copy', wordCount: 40, article: copy }),
  );
  await app.start();
  await app.libraryEntry(HEADLINE).click();
  await page.getByRole('button', { name: 'Version history' }).click();
  const panel = page.getByRole('dialog', { name: 'Version history' });
  await panel.getByRole('button', { name: 'Preview' }).click();
  const preview = panel.getByRole('region');
  await expect(preview.getByRole('heading')).toHaveText('Hà Nội đón đợt rét đậm');
  const shown = await preview.evaluate((element) => element.textContent ?? '');
  expect(shown).toBe(shown.normalize('NFC'));
  for (const part of ['Nhiệt độ xuống dưới mười độ', 'Nguyễn Thị Thủy'])
    expect(shown).toContain(part);
});

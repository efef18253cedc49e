/**
 * Messages a screen reader must read are written into live regions that were
 * in the page before the message: a region inserted together with its text is
 * often not read at all. Each test marks every live region present before the
 * action, then checks that the message landed in a marked one.
 */
import type { Page } from '@playwright/test';
import { MAIN_HEADLINE, sampleLibrary } from '../unit/export-service/library-fixture';
import { expect, test, type NewsdeskApp } from './support/app-fixture';

/** Marks the live regions in the page now. */
async function markLiveRegions(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const region of document.querySelectorAll('[aria-live], [role="status"]'))
      region.setAttribute('data-live-before', '');
  });
}

/** The text of the live regions that were in the page when they were marked. */
function markedRegionsText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-live-before]')]
      .map((region) => region.textContent ?? '')
      .join(' | '),
  );
}

async function openMainArticle(page: Page, app: NewsdeskApp): Promise<void> {
  await sampleLibrary(app.dirs.library);
  await app.start();
  await app.libraryEntry(MAIN_HEADLINE).click();
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(
    MAIN_HEADLINE,
  );
}

test('Normalise text says what it did from a region that was there before, and hands the focus back', async ({
  page,
  app,
}) => {
  await openMainArticle(page, app);
  await markLiveRegions(page);
  const button = page.getByRole('button', { name: 'Normalise text' });
  await button.click();
  await expect
    .poll(() => markedRegionsText(page))
    .toMatch(/Normalised \d+ pieces? of text\.|The text was already normalised\./);
  // The notice's buttons are not read out with it.
  expect(await markedRegionsText(page)).not.toContain('Dismiss');
  await page.getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(button).toBeFocused();
});

test('the export panel reads out its first message from a region that was there before', async ({
  page,
  context,
  app,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMainArticle(page, app);
  await markLiveRegions(page);
  await page.getByRole('button', { name: 'Copy HTML' }).click();
  await expect.poll(() => markedRegionsText(page)).toContain('Copied to the clipboard.');
});

test('a restore from the trash is said from a region that was there before', async ({
  page,
  app,
}) => {
  await openMainArticle(page, app);
  await page.getByRole('button', { name: `Move “${MAIN_HEADLINE}” to trash` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Move to trash' }).click();
  await expect(app.libraryEntry(MAIN_HEADLINE)).toHaveCount(0);
  await page.getByRole('button', { name: /^Trash/ }).click();
  const trash = page.getByRole('navigation', { name: 'Trash' });
  const restore = trash.getByRole('button', { name: `Restore “${MAIN_HEADLINE}”` });
  await expect(restore).toBeVisible();
  await markLiveRegions(page);
  await restore.click();
  await expect
    .poll(() => markedRegionsText(page))
    .toContain(`“${MAIN_HEADLINE}” is back among the articles.`);
});

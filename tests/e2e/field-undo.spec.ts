/**
 * Ctrl+Z in the headline, sapo and byline is the browser's own undo, and it
 * must take back typing as the browser groups it (a run of keys), not one
 * letter at a time, and a paste as a whole. React used to rewrite each field's
 * text after every keystroke, which split the undo into single characters and
 * left a multi-line paste into the headline with no undo at all.
 *
 * Typed with ASCII keys: Playwright sends other characters as separate text
 * insertions, which the browser never groups (a plain textarea does the same).
 */
import { expect, test } from './support/app-fixture';

const TYPED = 'Ha Noi ret dam';

test('Ctrl+Z in the headline, sapo and byline takes back more than a letter', async ({
  page,
  app,
}) => {
  await app.open();
  const { headline } = await app.newArticle();
  const sapo = page.getByRole('textbox', { name: 'Sapo', exact: true });
  const byline = page.getByRole('textbox', { name: 'Byline', exact: true });
  for (const field of [headline, sapo, byline]) {
    await field.click();
    await page.keyboard.type(TYPED, { delay: 30 });
    await expect(field).toHaveValue(TYPED);
    await page.keyboard.press('Control+z');
    const after = await field.inputValue();
    expect(TYPED.startsWith(after)).toBe(true);
    expect(after.length).toBeLessThan(TYPED.length - 1);
  }
});

test('a multi-line paste into the headline becomes one line, and Ctrl+Z takes it back', async ({
  page,
  context,
  app,
}) => {
  await app.open();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(app.host!.url).origin,
  });
  const { headline } = await app.newArticle();
  await headline.fill('Tin sáng:');
  await headline.press('End');
  await page.evaluate(() => navigator.clipboard.writeText(' Mưa lớn\nở Huế'));
  await page.keyboard.press('Control+v');
  await expect(headline).toHaveValue('Tin sáng: Mưa lớn ở Huế');
  await page.keyboard.press('Control+z');
  await expect(headline).toHaveValue('Tin sáng:');
});

test('the headline takes no line break, not even Shift+Enter', async ({ page, app }) => {
  await app.open();
  const { headline } = await app.newArticle();
  await headline.fill('Mưa lớn');
  await headline.press('End');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type(' ở Huế');
  await expect(headline).toHaveValue('Mưa lớn ở Huế');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Sapo', exact: true })).toBeFocused();
});

/**
 * The keyboard's own way to a context menu, Shift+F10 or the Menu key, opens
 * the spelling suggestions at the caret, as a right-click does at the pointer.
 * Alt+F7 is not there for everyone: GNOME keeps it to move the window. The
 * menu opened that way kept the focus in the text: the arrow keys moved the
 * caret, Enter broke the paragraph, and no suggestion could be chosen.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';

async function underlined(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('newsdesk-misspelled');
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });
}

for (const key of ['Shift+F10', 'ContextMenu']) {
  test(`${key} on a misspelled word opens suggestions the keyboard can choose from`, async ({
    page,
    app,
  }) => {
    await app.open();
    const { body } = await app.newArticle();
    await body.click();
    await page.keyboard.insertText('Sáng nay ngừơi dân đi chợ');
    await expect.poll(() => underlined(page)).toEqual(['ngừơi']);
    // The caret inside "ngừơi".
    await page.keyboard.press('Home');
    for (let step = 0; step < 11; step += 1) await page.keyboard.press('ArrowRight');

    await page.keyboard.press(key);
    const menu = page.getByRole('menu', { name: 'Spelling suggestions' });
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(body).toHaveText('Sáng nay người dân đi chợ');
    await expect(menu).toHaveCount(0);
  });
}

/**
 * "Insert related news" with the caret in a list, a sub-heading or a quote:
 * the box goes after that block, and what follows the box is a plain
 * paragraph. Split at the block's end, the insertion left an empty bullet (or
 * sub-heading, or quote) after the box, and the words typed there came out in
 * a list, a heading or a quote.
 */
import { expect, test } from './support/app-fixture';
import { clickAndSyncCaret } from './support/caret-sync';

for (const [button, tag] of [
  ['Bulleted list', 'UL'],
  ['Heading 2', 'H2'],
  ['Quote', 'BLOCKQUOTE'],
] as const) {
  test(`a box inserted from a ${tag} is followed by a plain paragraph, not an empty ${tag}`, async ({
    page,
    app,
  }) => {
    await app.open();
    const { headline, body } = await app.newArticle();
    await headline.fill('Giá vải thiều đầu mùa tăng mạnh');
    // The toolbar button acts on Lexical's copy of the caret (caret-sync.ts).
    await clickAndSyncCaret(body);
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.keyboard.insertText('Thương lái đổ về Lục Ngạn');
    await page.getByRole('button', { name: 'Insert related news' }).click();
    const block = page.getByRole('region', { name: 'Related news box' });
    await expect(block.getByRole('textbox', { name: 'Related news heading' })).toBeFocused();

    const topLevel = () =>
      body.evaluate((root) =>
        [...root.children].map((child) =>
          child.hasAttribute('data-lexical-decorator') ? 'BOX' : child.tagName,
        ),
      );
    await expect.poll(topLevel).toEqual([tag, 'BOX', 'P']);
    await expect(body.locator(`:scope > ${tag}`)).toHaveText('Thương lái đổ về Lục Ngạn');
  });
}

/**
 * A figure selected with the keyboard is brought into view: ArrowLeft at the
 * start of the paragraph after a figure selects the figure (a node selection),
 * and when the figure was above the screen, the workspace scrolls to it.
 * Text typed or pasted while a block is selected goes into a new paragraph
 * after it. Keys beside a block (Delete, Ctrl+Backspace, Tab, Shift+Tab from
 * its first field) and on its own controls (Ctrl+Z) act where the reporter is.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { Article } from '../../shared/article/schema';
import { bodyParagraphs } from '../../shared/recovery/article-diff';
import { largeArticle, writeArticle } from './support/article-fixture';
import { element, listitem, paragraph, text } from '../support/article-builders';
import { expect, test, type NewsdeskApp } from './support/app-fixture';
import { VietnameseTyper } from './support/vietnamese-ime';
import {
  clickAndSyncCaret,
  pressAndSyncCaret,
  waitForCaretSync,
  watchCaretSync,
} from './support/caret-sync';

test('a figure selected with the arrow keys out of sight is scrolled into view', async ({
  page,
  app,
}) => {
  const article = largeArticle('c0ffee00-0000-4000-8000-00000000b10c', 'Ảnh giữa bài dài', 30);
  const blocks = article.body.root.children as unknown[];
  blocks.splice(15, 0, {
    type: 'figure',
    version: 1,
    // No file has this id: the view shows the placeholder in the photo's shape.
    assetId: `${'b'.repeat(64)}.jpg`,
    width: 1600,
    height: 900,
    layout: 'wide',
    caption: 'Phố đi bộ quanh hồ Gươm',
    credit: 'Ảnh: Ngọc Thắng',
    alt: 'Phố đi bộ',
  });
  await writeArticle(app.dirs.library, article);
  await app.open();
  await app.libraryEntry(article.headline).click();
  const figure = page.locator('.figure-block');
  await expect(figure.locator('.figure-view')).toHaveCount(1);

  // The paragraph after the figure at the top of the workspace, the figure
  // above it out of sight, the caret at the paragraph's start (placed as a
  // reporter's click would, without the click's own scrolling).
  const after = page.locator('.body-content > p').filter({ hasText: /^16\. / });
  await watchCaretSync(page);
  await after.evaluate((paragraph) => {
    paragraph.scrollIntoView({ block: 'center' });
    const bars = document.querySelector('.toolbar')!.getBoundingClientRect().bottom;
    document.querySelector('.workspace')!.scrollTop +=
      paragraph.getBoundingClientRect().top - bars - 2;
    (paragraph.closest('[contenteditable]') as HTMLElement).focus({ preventScroll: true });
    const text = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT).nextNode()!;
    getSelection()!.collapse(text, 0);
  });
  // On screen: below the sticky bars at the workspace's top.
  const inView = () =>
    figure.evaluate((block) => {
      const box = block.getBoundingClientRect();
      const top = document.querySelector('.toolbar')!.getBoundingClientRect().bottom;
      const bottom = document.querySelector('.workspace')!.getBoundingClientRect().bottom;
      return {
        top: Math.round(box.top - top),
        shown: box.bottom > top + 1 && box.top < bottom - 1,
      };
    });
  await expect.poll(async () => (await inView()).shown).toBe(false);

  // ArrowLeft acts on Lexical's copy of the caret placed above (caret-sync.ts).
  await waitForCaretSync(page);
  await page.keyboard.press('ArrowLeft');
  await expect(figure.locator('.figure-view')).toHaveClass(/is-selected/);
  // All of it, from its top, below the bars.
  await expect.poll(async () => (await inView()).top).toBeGreaterThanOrEqual(0);
});

const FIGURE = {
  type: 'figure',
  version: 1,
  assetId: `${'c'.repeat(64)}.jpg`,
  width: 1600,
  height: 900,
  layout: 'wide',
  caption: 'Chú thích',
  credit: 'Ảnh: A',
  alt: 'Ảnh thử',
};
const RELATED = {
  type: 'related-news',
  version: 1,
  heading: 'Tin liên quan',
  items: [{ key: 'k1', headline: 'Tin một', summary: 'Tóm tắt một.', link: null }],
};

/** An article of three paragraphs with `block` after the first, open in the editor. */
async function openAround(page: Page, app: NewsdeskApp, block: object): Promise<void> {
  const article = largeArticle('c0ffee00-0000-4000-8000-00000000b10d', 'Khối giữa đoạn', 2);
  const blocks = article.body.root.children as unknown[];
  blocks.splice(1, 0, block);
  await writeArticle(app.dirs.library, article);
  await app.open();
  await app.libraryEntry(article.headline).click();
  await expect(page.locator('.figure-view, .related-news-editor')).toHaveCount(1);
}

/** ArrowLeft at the start of the paragraph after the block: the block alone is selected. */
async function selectBlockFromTheRight(page: Page): Promise<void> {
  // Lexical must hold the clicked caret before ArrowLeft: acting from the caret
  // typing left (the end of the paragraph), it let the browser move the caret
  // over the block instead of selecting it.
  await clickAndSyncCaret(page.locator('.body-content > p').nth(1), { position: { x: 1, y: 5 } });
  await pressAndSyncCaret(page, 'Home');
  await page.keyboard.press('ArrowLeft');
  // The block is selected as a whole: the caret is no longer in that paragraph,
  // nor at the end of the one before (where a paste would then go).
  await expect(page.locator('.body-content .is-selected')).toHaveCount(1);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const after = document.querySelectorAll('.body-content > p')[1]!;
        const anchor = getSelection()?.anchorNode ?? null;
        return anchor !== null && after.contains(anchor);
      }),
    )
    .toBe(false);
}

async function savedBlocks(page: Page, app: NewsdeskApp): Promise<string[]> {
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  const [file] = await app.articleFiles();
  const saved = JSON.parse(await readFile(file!, 'utf8')) as Article;
  return (saved.body.root.children as { type: string }[]).map((block) =>
    block.type === 'paragraph'
      ? bodyParagraphs({ body: { root: { children: [block] } } } as Article)[0]!
      : block.type,
  );
}

test('text typed with a figure selected goes into a new paragraph after it, by keys or by an input tool', async ({
  page,
  app,
}) => {
  await openAround(page, app, FIGURE);
  const [first, figure, ...rest] = await savedBlocks(page, app);
  expect(figure).toBe('figure');
  await selectBlockFromTheRight(page);
  await expect(page.locator('.figure-view')).toHaveClass(/is-selected/);
  await page.keyboard.type('xyz');
  // Unikey-style: text inserted with no key before it, then Backspaces and retyping.
  await selectBlockFromTheRight(page);
  await (await VietnameseTyper.attach(page)).type('Việt', 'backspace-retype');
  expect(await savedBlocks(page, app)).toEqual([first, 'figure', 'Việt', 'xyz', ...rest]);
});

/** A paste as the browser delivers it, into the focused element. */
async function paste(page: Page, plain: string, html?: string): Promise<void> {
  await page.evaluate(
    ({ plain, html }) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', plain);
      if (html !== undefined) transfer.setData('text/html', html);
      document.activeElement!.dispatchEvent(
        new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transfer }),
      );
    },
    { plain, html },
  );
}

for (const [name, block] of [
  ['a figure', FIGURE],
  ['a related-news box', RELATED],
] as const) {
  test(`a paste with ${name} selected goes into a new paragraph after it, and one Ctrl+Z takes it back`, async ({
    page,
    app,
  }) => {
    await openAround(page, app, block);
    const before = await savedBlocks(page, app);
    const [first, kept, ...rest] = before;

    // Plain text (a node selection takes no text: it was dropped).
    await selectBlockFromTheRight(page);
    await paste(page, 'Chữ dán');
    await expect.poll(() => savedBlocks(page, app)).toEqual([first, kept, 'Chữ dán', ...rest]);

    // HTML (inserted over the node selection, it deleted the block).
    await selectBlockFromTheRight(page);
    await paste(page, 'Dán đậm', '<p>Dán <b>đậm</b></p>');
    await expect
      .poll(() => savedBlocks(page, app))
      .toEqual([first, kept, 'Dán đậm', 'Chữ dán', ...rest]);

    await page.keyboard.press('Control+z');
    await expect.poll(() => savedBlocks(page, app)).toEqual([first, kept, 'Chữ dán', ...rest]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => savedBlocks(page, app)).toEqual(before);
  });
}

test('a copied photo with its caption (HTML and the image file) pasted with a figure selected leaves the figure', async ({
  page,
  app,
}) => {
  await openAround(page, app, FIGURE);
  const before = await savedBlocks(page, app);
  expect(before[1]).toBe('figure');
  await selectBlockFromTheRight(page);
  // A photo copied with its caption (a web page, Word): HTML, and the image as a file.
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', '<p>Ảnh: Reuters</p><img src="https://example.com/anh.png">');
    transfer.items.add(new File([new Uint8Array([1, 2, 3])], 'anh.png', { type: 'image/png' }));
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transfer }),
    );
  });
  // Its words go into a new paragraph after the figure, which stays.
  const [first, kept, ...rest] = before;
  await expect.poll(() => savedBlocks(page, app)).toEqual([first, kept, 'Ảnh: Reuters', ...rest]);
});

test('an input method composing with a related-news box selected writes after the box', async ({
  page,
  app,
}) => {
  await openAround(page, app, RELATED);
  const [first, box, ...rest] = await savedBlocks(page, app);
  expect(box).toBe('related-news');
  await selectBlockFromTheRight(page);
  // Shown selected, as a figure is.
  await expect(page.locator('.related-news-editor')).toHaveClass(/is-selected/);
  // What an IME sends before its composition: a keydown of "Process" (key code 229).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'rawKeyDown',
    key: 'Process',
    code: 'KeyN',
    windowsVirtualKeyCode: 229,
    nativeVirtualKeyCode: 229,
  });
  await (await VietnameseTyper.attach(page)).type('Nam', 'composition');
  expect(await savedBlocks(page, app)).toEqual([first, 'related-news', 'Nam', ...rest]);
});

test('a figure moved with its buttons from the keyboard keeps the focus, and the text stays as it was', async ({
  page,
  app,
}) => {
  await openAround(page, app, FIGURE);
  const [first, figure, ...rest] = await savedBlocks(page, app);
  expect(figure).toBe('figure');
  const up = page.getByRole('button', { name: 'Move figure up' });
  const down = page.getByRole('button', { name: 'Move figure down' });
  await up.focus();
  await page.keyboard.press('Enter');
  // At the top, "up" is disabled: "down" takes the focus.
  await expect(down).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(down).toBeFocused();
  await page.keyboard.press('Space');
  await expect(down).toBeFocused();
  expect(await savedBlocks(page, app)).toEqual([first, rest[0], 'figure', ...rest.slice(1)]);
});

test("Ctrl+Z where a figure's move buttons or width choice kept the focus takes the change back", async ({
  page,
  app,
}) => {
  await openAround(page, app, FIGURE);
  const [first, figure, ...rest] = await savedBlocks(page, app);
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
  const down = page.getByRole('button', { name: 'Move figure down' });
  await down.focus();
  await page.keyboard.press('Enter');
  expect(await savedBlocks(page, app)).toEqual([first, rest[0], figure, ...rest.slice(1)]);
  // The button kept the focus (so a second Enter moves the figure again): Ctrl+Z
  // pressed there is the body's undo, as it is in the figure's text fields.
  await page.keyboard.press(`${mod}+z`);
  await expect(page.locator('.body-content > *').nth(1)).toHaveClass(/figure-block/);
  expect(await savedBlocks(page, app)).toEqual([first, figure, ...rest]);
  await expect(down).toBeFocused();
  await page.keyboard.press(`${mod}+y`);
  await expect(page.locator('.body-content > *').nth(2)).toHaveClass(/figure-block/);

  const width = page.getByRole('combobox', { name: 'Figure width' });
  await width.focus();
  await width.selectOption('full');
  await page.keyboard.press(`${mod}+z`);
  await expect(width).toHaveValue('wide');
});

test('Escape in the text leaves the caret where it is', async ({ page, app }) => {
  const article = largeArticle('c0ffee00-0000-4000-8000-00000000e5c0', 'Bài thử phím Esc', 2);
  await writeArticle(app.dirs.library, article);
  await app.open();
  await app.libraryEntry(article.headline).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  const last = body.locator('p').last();
  await last.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Escape');
  await expect(body).toBeFocused();
  await page.keyboard.insertText(' vẫn gõ được');
  await expect(last).toHaveText('Cuối bài: vẫn gõ được');
});

/** An article of short one-line paragraphs around a figure: "Mở đầu.", the figure, "Sau ảnh.", "Cuối bài:". */
async function openShortAround(page: Page, app: NewsdeskApp): Promise<void> {
  const article = largeArticle('c0ffee00-0000-4000-8000-00000000b10e', 'Khối giữa dòng ngắn', 0);
  const blocks = article.body.root.children as unknown[];
  blocks.unshift(paragraph(text('Mở đầu.')), FIGURE, paragraph(text('Sau ảnh.')));
  await writeArticle(app.dirs.library, article);
  await app.open();
  await app.libraryEntry(article.headline).click();
  await expect(page.locator('.figure-view')).toHaveCount(1);
}

test('Delete before a figure, or Backspace after it, selects it first; a second Backspace deletes it', async ({
  page,
  app,
}) => {
  await openShortAround(page, app);
  const figure = page.locator('.figure-view');
  const lines = page.locator('.body-content > p');
  const blocks = ['Mở đầu.', 'figure', 'Sau ảnh.', 'Cuối bài:'];
  // Delete and Backspace act on Lexical's copy of the caret, which follows
  // the click and Home/End a moment later (caret-sync.ts).
  await clickAndSyncCaret(lines.filter({ hasText: 'Mở đầu.' }));
  await pressAndSyncCaret(page, 'End');
  await page.keyboard.press('Delete');
  await expect(figure).toHaveClass(/is-selected/);
  expect(await savedBlocks(page, app)).toEqual(blocks);

  // Pressed as a person presses (an instant click right after a block was
  // selected can leave no caret in headless Chromium).
  await clickAndSyncCaret(lines.filter({ hasText: 'Sau ảnh.' }), { delay: 80 });
  await expect(figure).not.toHaveClass(/is-selected/);
  await pressAndSyncCaret(page, 'Home');
  await page.keyboard.press('Backspace');
  await expect(figure).toHaveClass(/is-selected/);
  expect(await savedBlocks(page, app)).toEqual(blocks);
  await page.keyboard.press('Backspace');
  await expect(figure).toHaveCount(0);
  await page.keyboard.press(`${process.platform === 'darwin' ? 'Meta' : 'Control'}+z`);
  await expect(figure).toHaveCount(1);
  expect(await savedBlocks(page, app)).toEqual(blocks);
});

test('Enter with a figure selected types after it; an empty line there goes on Backspace', async ({
  page,
  app,
}) => {
  await openShortAround(page, app);
  // Delete acts on Lexical's copy of the caret (caret-sync.ts).
  await clickAndSyncCaret(page.locator('.body-content > p').filter({ hasText: 'Mở đầu.' }));
  await pressAndSyncCaret(page, 'End');
  await page.keyboard.press('Delete'); // selects the figure
  await page.keyboard.press('Enter'); // an empty paragraph after it, the caret in it
  await page.keyboard.type('Giữa');
  expect(await savedBlocks(page, app)).toEqual([
    'Mở đầu.',
    'figure',
    'Giữa',
    'Sau ảnh.',
    'Cuối bài:',
  ]);
  for (let key = 0; key < 4; key += 1) await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace'); // the empty line goes, the figure is selected
  await expect(page.locator('.figure-view')).toHaveClass(/is-selected/);
  expect(await savedBlocks(page, app)).toEqual(['Mở đầu.', 'figure', 'Sau ảnh.', 'Cuối bài:']);
});

test('Delete at the end of a list before a figure selects the figure; it goes only on a second press', async ({
  page,
  app,
}) => {
  const article = largeArticle('c0ffee00-0000-4000-8000-00000000b10f', 'Danh sách trước ảnh', 0);
  const list = (...items: string[]) =>
    element(
      'list',
      items.map((item) => listitem(text(item))),
      { listType: 'bullet', start: 1, tag: 'ul' },
    );
  (article.body.root.children as unknown[]).splice(0, 0, list('Một', 'Hai'), FIGURE, list('Ba'));
  await writeArticle(app.dirs.library, article);
  await app.open();
  await app.libraryEntry(article.headline).click();
  const figure = page.locator('.figure-view');
  await expect(figure).toHaveCount(1);
  const blocks = ['list', 'figure', 'list', 'Cuối bài:'];
  expect(await savedBlocks(page, app)).toEqual(blocks);

  // Delete acts on Lexical's copy of the caret (caret-sync.ts).
  await clickAndSyncCaret(page.locator('.body-content li').filter({ hasText: 'Hai' }));
  await pressAndSyncCaret(page, 'End');
  await page.keyboard.press('Delete');
  // Lexical's own Delete removed the photo with its caption, credit and alt in
  // one keystroke, and merged the two lists: as after a paragraph, the figure
  // is selected first.
  await expect(figure).toHaveClass(/is-selected/);
  expect(await savedBlocks(page, app)).toEqual(blocks);
  await page.keyboard.press('Delete');
  await expect(figure).toHaveCount(0);
  await page.keyboard.press(`${process.platform === 'darwin' ? 'Meta' : 'Control'}+z`);
  await expect(figure).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Caption' })).toHaveValue(FIGURE.caption);
  expect(await savedBlocks(page, app)).toEqual(blocks);
});

test('Ctrl+Backspace after a figure, or Ctrl+Delete before it, selects it first, as Backspace and Delete do', async ({
  page,
  app,
}) => {
  await openShortAround(page, app);
  const mod = process.platform === 'darwin' ? 'Alt' : 'Control';
  const figure = page.locator('.figure-view');
  const lines = page.locator('.body-content > p');
  const blocks = ['Mở đầu.', 'figure', 'Sau ảnh.', 'Cuối bài:'];

  // Deleting a paragraph's words one by one, a press too many took the photo
  // with its caption, credit and alt. The keys act on Lexical's copy of the
  // caret, which follows the click and Home/End a moment later (caret-sync.ts).
  await clickAndSyncCaret(lines.filter({ hasText: 'Sau ảnh.' }), { delay: 80 });
  await pressAndSyncCaret(page, 'Home');
  await page.keyboard.press(`${mod}+Backspace`);
  await expect(figure).toHaveClass(/is-selected/);
  expect(await savedBlocks(page, app)).toEqual(blocks);

  await clickAndSyncCaret(lines.filter({ hasText: 'Mở đầu.' }), { delay: 80 });
  await expect(figure).not.toHaveClass(/is-selected/);
  await pressAndSyncCaret(page, 'End');
  await page.keyboard.press(`${mod}+Delete`);
  await expect(figure).toHaveClass(/is-selected/);
  expect(await savedBlocks(page, app)).toEqual(blocks);
  // Within a paragraph it still deletes a word.
  await clickAndSyncCaret(lines.filter({ hasText: 'Sau ảnh.' }), { delay: 80 });
  await pressAndSyncCaret(page, 'End');
  await page.keyboard.press(`${mod}+Backspace`);
  await expect(lines.filter({ hasText: /^Sau/ })).toHaveText(/^Sau (ảnh)?$/);
  await expect(figure).toHaveCount(1);
});

test('"Delete figure" between two figures leaves the caret where it was, not at the article’s end', async ({
  page,
  app,
}) => {
  // A photo series in a long story: three figures in a row after the first paragraph.
  const article = largeArticle('c0ffee00-0000-4000-8000-00000000b110', 'Chùm ảnh', 12);
  const series = ['Một', 'Hai', 'Ba'].map((caption) => ({ ...FIGURE, caption }));
  (article.body.root.children as unknown[]).splice(1, 0, ...series);
  await writeArticle(app.dirs.library, article);
  await app.open();
  await app.libraryEntry(article.headline).click();
  const captions = page.getByRole('textbox', { name: 'Caption' });
  await expect(captions).toHaveCount(3);
  const [first, , , , ...rest] = await savedBlocks(page, app);

  await page
    .getByRole('group', { name: 'Figure' })
    .nth(1)
    .getByRole('button', { name: 'Delete figure' })
    .click();
  await expect(captions).toHaveCount(2);
  // Neither neighbour takes a caret: it goes between them, the focus in the
  // body (Ctrl+Z works) and the photos still in view. It used to go to the end
  // of the article, where the view jumped and the next words went.
  await expect(page.getByRole('textbox', { name: 'Article body' })).toBeFocused();
  await expect(captions.nth(1)).toBeInViewport();
  await page.keyboard.type('Giữa');
  expect(await savedBlocks(page, app)).toEqual([first, 'figure', 'Giữa', 'figure', ...rest]);
});

for (const [name, block, field] of [
  ['a caption', FIGURE, 'Caption'],
  ['a related-news heading', RELATED, 'Related news heading'],
] as const) {
  test(`Shift+Tab from ${name} goes back to the text before the block, not to the article’s start`, async ({
    page,
    app,
  }) => {
    const article = largeArticle('c0ffee00-0000-4000-8000-00000000b111', 'Lùi về đoạn trước', 20);
    (article.body.root.children as unknown[]).splice(15, 0, block);
    await writeArticle(app.dirs.library, article);
    await app.open();
    await app.libraryEntry(article.headline).click();
    const first = page.getByRole('textbox', { name: field, exact: true });
    await first.scrollIntoViewIfNeeded();
    await first.click();
    await page.keyboard.press('Shift+Tab');
    // The body's own element is the focusable before the block's first field:
    // the browser put the caret at the body's very start, out of sight, where
    // the next words went.
    await expect(page.getByRole('textbox', { name: 'Article body' })).toBeFocused();
    await page.keyboard.type(' Xem tiếp.');
    await expect(first).toBeInViewport();
    const blocks = await savedBlocks(page, app);
    expect(blocks[14]).toMatch(/^15\. .* Xem tiếp\.$/);
    expect(blocks[0]).toMatch(/^1\. /);
    expect(blocks[15]).toBe(block.type);
  });
}

test('Tab in the text goes to the next block’s first field, or on to the byline, never to a block elsewhere', async ({
  page,
  app,
}) => {
  const article = largeArticle('c0ffee00-0000-4000-8000-00000000b112', 'Phím Tab trong bài', 20);
  const blocks = article.body.root.children as unknown[];
  blocks.splice(15, 0, FIGURE);
  blocks.splice(18, 0, { ...FIGURE, caption: 'Ảnh thứ hai' });
  await writeArticle(app.dirs.library, article);
  await app.open();
  await app.libraryEntry(article.headline).click();
  const captions = page.getByRole('textbox', { name: 'Caption' });
  const paragraphs = page.locator('.body-content > p');

  // Between the two photos: the browser's Tab went up to the first one's caption.
  // Tab looks for the next block from Lexical's copy of the caret (caret-sync.ts).
  await clickAndSyncCaret(paragraphs.filter({ hasText: /^17\. / }));
  await page.keyboard.press('Tab');
  await expect(captions.nth(1)).toBeFocused();
  await expect(captions.nth(1)).toHaveValue('Ảnh thứ hai');

  await clickAndSyncCaret(paragraphs.filter({ hasText: /^2\. / }), { delay: 80 });
  await page.keyboard.press('Tab');
  await expect(captions.nth(0)).toBeFocused();

  // After the last block: out of the body, not back up into a caption.
  await clickAndSyncCaret(paragraphs.filter({ hasText: 'Cuối bài:' }), { delay: 80 });
  await pressAndSyncCaret(page, 'End');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Byline' })).toBeFocused();
  await page.keyboard.type('Ngọc Thắng');
  await expect(captions.nth(0)).toHaveValue(FIGURE.caption);
  await expect(captions.nth(1)).toHaveValue('Ảnh thứ hai');
});

/**
 * The Vietnamese input replay suite (issue #7): real Vietnamese news text typed
 * through composition events (Telex/VNI-style, CDP imeSetComposition + insertText)
 * and through the Backspace-and-retype pattern of Unikey/EVKey/OpenKey, in every
 * place a reporter types. Each test checks the exact text in the editor and,
 * after "Saved", in article.json on disk (NFC).
 */
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test, type NewsdeskApp } from './support/app-fixture';
import { pressAndSyncCaret, watchCaretSync } from './support/caret-sync';
import { VietnameseTyper, type InputMethod } from './support/vietnamese-ime';

const CORPUS_LINES = (
  await readFile(path.join(import.meta.dirname, '../fixtures/vietnamese-corpus.txt'), 'utf8')
)
  .split('\n')
  .filter((line) => line.trim() !== '');

// Replaying hundreds of words keystroke by keystroke takes a minute or two on
// the shared machines: a budget for the whole test, not a timed assertion.
test.describe.configure({ timeout: 300_000 });

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
const METHODS: InputMethod[] = ['composition', 'backspace-retype'];

async function newArticle(app: NewsdeskApp): Promise<void> {
  await app.start();
  await app.newArticle();
}

function bodyOf(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Article body' });
}

interface JsonNode {
  type: string;
  text?: string;
  format?: number;
  url?: string;
  children?: JsonNode[];
}

function textOf(node: JsonNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'linebreak') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

function findAll(node: JsonNode, type: string): JsonNode[] {
  const own = node.type === type ? [node] : [];
  return [...own, ...(node.children ?? []).flatMap((child) => findAll(child, type))];
}

/** The one article on disk once the status reads "Saved", checked to be NFC as a whole file. */
async function savedArticle(page: Page, app: NewsdeskApp) {
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 15_000 });
  const files = await app.articleFiles();
  expect(files).toHaveLength(1);
  const raw = await readFile(files[0]!, 'utf8');
  expect(raw.normalize('NFC')).toBe(raw);
  return JSON.parse(raw) as {
    headline: string;
    sapo: string;
    byline: string;
    body: { root: JsonNode };
  };
}

/** The text of the element matching `selector` before a collapsed caret inside it, else null. */
async function textBeforeCaretIn(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((css) => {
    const selection = window.getSelection();
    const anchor = selection?.anchorNode;
    const element = anchor?.parentElement?.closest(css);
    if (!selection?.isCollapsed || anchor?.nodeType !== Node.TEXT_NODE || !element) return null;
    const range = document.createRange();
    range.selectNodeContents(element);
    range.setEnd(anchor, selection.anchorOffset);
    return range.toString();
  }, selector);
}

/** Whether the caret is collapsed at the very end of the body's text. */
async function caretAtEndOfBody(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const selection = window.getSelection();
    const body = document.querySelector('.body-content');
    if (!selection || !body || !selection.isCollapsed || !selection.anchorNode) return false;
    const range = document.createRange();
    range.selectNodeContents(body);
    range.setStart(selection.anchorNode, selection.anchorOffset);
    return range.toString().replace(/\u200b/g, '') === '';
  });
}

/** Exact (not normalisation-insensitive) text of each block of the body as displayed. */
async function displayedBlocks(body: Locator): Promise<string[]> {
  return body.evaluate((element) =>
    [...element.querySelectorAll('p, li, h2, h3')].map((block) => block.textContent ?? ''),
  );
}

for (const method of METHODS) {
  test(`${method}: 200+ words of news text typed into the body land exactly, in NFC`, async ({
    page,
    app,
  }) => {
    await newArticle(app);
    const typer = await VietnameseTyper.attach(page);
    await bodyOf(page).click();
    for (const [index, line] of CORPUS_LINES.entries()) {
      if (index > 0) await page.keyboard.press('Enter');
      await typer.type(line, method);
    }
    expect(typer.wordCount).toBeGreaterThanOrEqual(200);
    expect(await displayedBlocks(bodyOf(page))).toEqual(CORPUS_LINES);

    const saved = await savedArticle(page, app);
    expect(saved.body.root.children!.map(textOf)).toEqual(CORPUS_LINES);
  });

  test(`${method}: bold, link, list item, start and end of a paragraph, headline, sapo, byline`, async ({
    page,
    app,
  }) => {
    await newArticle(app);
    const typer = await VietnameseTyper.attach(page);
    const [s1, s2, s3, s4, s5, s6, s7] = CORPUS_LINES.map((line) => line);
    const headline = 'Hà Nội rét đậm, trường học cho học sinh nghỉ';
    const sapo = s3!;
    const byline = 'Nguyễn Thị Hương - Trần Quốc Khánh';

    await page.getByRole('textbox', { name: 'Headline' }).click();
    await typer.type(headline, method);
    await page.getByRole('textbox', { name: 'Sapo' }).click();
    await typer.type(sapo, method);

    const body = bodyOf(page);
    await body.click();
    // A paragraph typed in the middle, then text typed at its start and at its end.
    await typer.type('giữa đoạn', method);
    await page.keyboard.press('Home');
    await typer.type(`${s1} `, method);
    await page.keyboard.press('End');
    await typer.type(` ${s2}`, method);

    // Bold.
    await page.keyboard.press('Enter');
    await typer.type('Mở đầu: ', method);
    await page.keyboard.press(`${mod}+b`);
    await typer.type(s4!, method);
    await page.keyboard.press(`${mod}+b`);

    // Inside a link: link "AB", then type between A and B.
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('AB');
    // The link goes on Lexical's copy of the selection, which follows each key
    // a moment later (caret-sync.ts).
    await watchCaretSync(page);
    await pressAndSyncCaret(page, 'Shift+ArrowLeft');
    await pressAndSyncCaret(page, 'Shift+ArrowLeft');
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    // Typed as copied from an address bar, without its scheme: stored as https.
    await page.getByRole('textbox', { name: 'Link URL' }).fill('vnexpress.net/thoi-tiet');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(body.locator('a')).toHaveText('AB');
    await expect(body.locator('a')).toHaveAttribute('href', 'https://vnexpress.net/thoi-tiet');
    // The dialog hands focus back to the body asynchronously: place the caret
    // between A and B, each key once Lexical has read the caret of the one
    // before, until the caret is really there.
    await expect(async () => {
      await pressAndSyncCaret(page, `${mod}+End`);
      await pressAndSyncCaret(page, 'ArrowLeft');
      expect(await textBeforeCaretIn(page, 'a')).toBe('A');
    }).toPass();
    await typer.type(s5!, method);
    await expect(body.locator('a')).toHaveText(`A${s5}B`);

    // A list item, in a new paragraph after the link. Enter acts on Lexical's
    // copy of the caret, so the caret is moved past the "B" and Lexical must
    // have read it there (pressAndSyncCaret): a caret right in the DOM alone
    // once let Enter split the link before its "B".
    await expect(async () => {
      await pressAndSyncCaret(page, `${mod}+End`);
      expect(await caretAtEndOfBody(page)).toBe(true);
    }).toPass();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Bulleted list' }).click();
    await typer.type(s6!, method);
    await page.keyboard.press('Enter');
    await typer.type(s7!, method);

    await page.getByRole('textbox', { name: 'Byline' }).click();
    await typer.type(byline, method);

    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(headline);
    await expect(page.getByRole('textbox', { name: 'Sapo' })).toHaveValue(sapo);
    await expect(page.getByRole('textbox', { name: 'Byline' })).toHaveValue(byline);
    const paragraphs = [`${s1} giữa đoạn ${s2}`, `Mở đầu: ${s4}`, `A${s5}B`];
    expect(await displayedBlocks(body)).toEqual([...paragraphs, s6, s7]);

    const saved = await savedArticle(page, app);
    expect(saved).toMatchObject({ headline, sapo, byline });
    const blocks = saved.body.root.children!;
    expect(blocks.slice(0, 3).map(textOf)).toEqual(paragraphs);
    const bold = findAll(blocks[1]!, 'text').find((node) => node.format === 1);
    expect(bold?.text).toBe(s4);
    const [link] = findAll(blocks[2]!, 'link');
    expect(link?.url).toBe('https://vnexpress.net/thoi-tiet');
    expect(textOf(link!)).toBe(`A${s5}B`);
    expect(findAll(blocks[3]!, 'listitem').map(textOf)).toEqual([s6, s7]);
  });
}

/** The figure and related-news fields, read back from the body JSON on disk. */
function blocksOfType(root: JsonNode, type: string): Record<string, unknown>[] {
  return findAll(root, type) as unknown as Record<string, unknown>[];
}

for (const method of METHODS) {
  test(`${method}: every figure and related-news field`, async ({ page, app }) => {
    await newArticle(app);
    const typer = await VietnameseTyper.attach(page);
    const [s1, s2, s3, s4, s5, s6] = CORPUS_LINES.map((line) => line);
    await bodyOf(page).click();
    await typer.type('Đoạn mở đầu.', method);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Insert image' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'ret-dam.png',
      mimeType: 'image/png',
      buffer: await sharp({
        create: { width: 64, height: 48, channels: 3, background: { r: 30, g: 90, b: 160 } },
      })
        .png()
        .toBuffer(),
    });
    const caption = page.getByRole('textbox', { name: 'Caption' });
    const credit = page.getByRole('textbox', { name: 'Photo credit' });
    const alt = page.getByRole('textbox', { name: 'Alt text' });
    await caption.click();
    await typer.type(s1!, method);
    await credit.click();
    await typer.type('Ảnh: Nguyễn Khánh', method);
    await alt.click();
    await typer.type(s2!, method);

    await bodyOf(page).locator('p').last().click();
    await page.getByRole('button', { name: 'Insert related news' }).click();
    const block = page.getByRole('region', { name: 'Related news box' });
    const heading = block.getByRole('textbox', { name: 'Related news heading' });
    await expect(heading).toBeFocused();
    await page.keyboard.press(`${mod}+a`);
    await typer.type('Tin mới nhất', method);
    await block.getByRole('textbox', { name: 'Related headline' }).first().click();
    await typer.type(s3!, method);
    await block.getByRole('textbox', { name: 'Related summary' }).first().click();
    await typer.type(s4!, method);
    await block.getByRole('textbox', { name: 'Related link' }).first().click();
    await page.keyboard.insertText('https://vnexpress.net/thoi-tiet-ha-noi');
    await block.getByRole('button', { name: 'Add related item' }).click();
    await typer.type(s5!, method);
    await block.getByRole('textbox', { name: 'Related summary' }).nth(1).click();
    await typer.type(s6!, method);

    await expect(caption).toHaveValue(s1!);
    await expect(credit).toHaveValue('Ảnh: Nguyễn Khánh');
    await expect(alt).toHaveValue(s2!);
    await expect(heading).toHaveValue('Tin mới nhất');
    const headlines = block.getByRole('textbox', { name: 'Related headline' });
    await expect(headlines.nth(0)).toHaveValue(s3!);
    await expect(headlines.nth(1)).toHaveValue(s5!);
    await expect(block.getByRole('textbox', { name: 'Related summary' }).nth(1)).toHaveValue(s6!);

    const saved = await savedArticle(page, app);
    const [figure] = blocksOfType(saved.body.root, 'figure');
    expect(figure).toMatchObject({ caption: s1, credit: 'Ảnh: Nguyễn Khánh', alt: s2 });
    const [related] = blocksOfType(saved.body.root, 'related-news');
    expect(related).toMatchObject({
      heading: 'Tin mới nhất',
      items: [
        {
          headline: s3,
          summary: s4,
          link: { kind: 'url', url: 'https://vnexpress.net/thoi-tiet-ha-noi' },
        },
        { headline: s5, summary: s6 },
      ],
    });
  });
}

for (const method of METHODS) {
  test(`${method}: a run of typing is one undo step, as plain ASCII typing is`, async ({
    page,
    app,
  }) => {
    await newArticle(app);
    const body = bodyOf(page);
    await body.click();
    await page.keyboard.insertText('Kết');
    // A pause: what follows is a new run.
    await page.waitForTimeout(1200);
    const typer = await VietnameseTyper.attach(page);
    await typer.type(' bài viết hôm nay', method);
    await expect(body.locator('p')).toHaveText('Kết bài viết hôm nay');
    await page.keyboard.press(`${mod}+z`);
    await expect(body.locator('p')).toHaveText('Kết');
    await page.keyboard.press(`${mod}+Shift+z`);
    await expect(body.locator('p')).toHaveText('Kết bài viết hôm nay');
  });
}

test('decomposed (NFD) input becomes NFC in place, and the caret stays after it', async ({
  page,
  app,
}) => {
  await newArticle(app);
  const body = bodyOf(page);
  await body.click();
  const decomposed = 'Tiếng Việt có dấu'.normalize('NFD');
  expect(decomposed).not.toBe(decomposed.normalize('NFC'));
  await page.keyboard.insertText(decomposed);
  await page.keyboard.insertText(' rất đẹp');
  await page.keyboard.insertText(' và thủy chung.'.normalize('NFD'));
  await page.keyboard.insertText(' Hết');
  const expected = 'Tiếng Việt có dấu rất đẹp và thủy chung. Hết';
  expect(await displayedBlocks(body)).toEqual([expected]);

  await page.getByRole('textbox', { name: 'Headline' }).click();
  await page.keyboard.insertText('Đường phố'.normalize('NFD'));
  await page.keyboard.insertText(' Hà Nội');
  const saved = await savedArticle(page, app);
  expect(saved.headline).toBe('Đường phố Hà Nội');
  expect(saved.body.root.children!.map(textOf)).toEqual([expected]);
});

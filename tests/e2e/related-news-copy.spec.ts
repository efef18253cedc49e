/**
 * Copying a whole related-news block (issue #4): selected by its bar, Ctrl+C,
 * and Ctrl+V elsewhere in the same article and into another article. Every
 * item comes along intact (headline, summary, a web link or a library link)
 * and in order, in the editor and on disk.
 */
import { type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test, type NewsdeskApp } from './support/app-fixture';
import { clickAndSyncCaret, pressAndSyncCaret } from './support/caret-sync';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

const LIBRARY_HEADLINE = 'Bắc Giang mở rộng vùng trồng vải thiều';
const LIBRARY_SAPO = 'Tỉnh Bắc Giang đặt mục tiêu nâng diện tích vải thiều lên 30.000 ha.';
const SOURCE = 'Giá vải thiều đầu mùa tăng mạnh';
const TARGET = 'Điểm tin nông nghiệp cuối tuần';
const ITEMS = [
  {
    headline: 'Thương lái Trung Quốc đổ về Lục Ngạn',
    summary: 'Hàng trăm xe container xếp hàng chờ thu mua từ sáng sớm.',
    url: 'https://example.vn/luc-ngan',
  },
  {
    headline: 'Vải thiều lên sàn thương mại điện tử',
    summary: 'Lần đầu tiên nông dân bán trực tiếp cho người tiêu dùng ở Hà Nội.',
    url: 'https://example.vn/san-tmdt',
  },
  {
    headline: 'Nắng nóng kéo dài, nhà vườn lo mất mùa',
    summary: 'Nhiệt độ trên 38 độ C khiến quả nhỏ và dễ nứt. Nông dân phải tưới hai lần mỗi ngày.',
    url: 'https://example.vn/nang-nong',
  },
];

async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
}

async function createArticle(page: Page, app: NewsdeskApp, headline: string, sapo: string) {
  const fields = await app.newArticle();
  await fields.headline.fill(headline);
  await page.getByRole('textbox', { name: 'Sapo' }).fill(sapo);
  await fields.body.click();
  await page.keyboard.insertText(`Đoạn mở đầu: ${headline}.`);
  await expectSaved(page);
  await expect(app.libraryEntry(headline)).toBeVisible();
}

async function openArticle(page: Page, app: NewsdeskApp, headline: string) {
  await app.libraryEntry(headline).click();
  await expect(page.getByRole('textbox', { name: 'Headline', exact: true })).toHaveValue(headline);
}

interface SavedBlock {
  type: string;
  heading: string;
  items: { key: string; headline: string; summary: string; link: unknown }[];
}

async function saved(app: NewsdeskApp, headline: string) {
  for (const file of await app.articleFiles()) {
    const article = JSON.parse(await readFile(file, 'utf8')) as {
      id: string;
      headline: string;
      body: { root: { children: SavedBlock[] } };
    };
    if (article.headline === headline) {
      return {
        id: article.id,
        types: article.body.root.children.map((node) => node.type),
        blocks: article.body.root.children.filter((node) => node.type === 'related-news'),
      };
    }
  }
  throw new Error(`no saved article "${headline}"`);
}

/** What each block shows: its heading and its items' headline, summary and link text, in order. */
async function shownBlocks(page: Page) {
  const boxes = page.getByRole('region', { name: 'Related news box' });
  // A box pasted or opened makes its fields a frame after it appears
  // (editor/deferred-block-fields.ts): read them once every box has them.
  await expect(boxes.getByRole('textbox', { name: 'Related news heading' })).toHaveCount(
    await boxes.count(),
  );
  return boxes.evaluateAll((blocks) =>
    blocks.map((block) => ({
      heading: (block.querySelector('[aria-label="Related news heading"]') as HTMLInputElement)
        .value,
      items: [...block.querySelectorAll('li')].map((item) => ({
        headline: (item.querySelector('[aria-label="Related headline"]') as HTMLInputElement).value,
        summary: (item.querySelector('[aria-label="Related summary"]') as HTMLTextAreaElement)
          .value,
        link:
          (item.querySelector('[aria-label="Related link"]') as HTMLInputElement | null)?.value ??
          item.textContent?.match(/Library: [^\n]*/)?.[0] ??
          null,
      })),
    })),
  );
}

test('a related-news block copied whole pastes intact and in order, here and in another article', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await app.open();
  await createArticle(page, app, LIBRARY_HEADLINE, LIBRARY_SAPO);
  await createArticle(page, app, TARGET, 'Tin tổng hợp.');
  await createArticle(page, app, SOURCE, 'Giá vải tăng gấp đôi so với năm ngoái.');

  await page.getByRole('button', { name: 'Insert related news' }).click();
  const block = page.getByRole('region', { name: 'Related news box' });
  await block.getByRole('textbox', { name: 'Related news heading' }).fill('Tin mới');
  const headlines = block.getByRole('textbox', { name: 'Related headline' });
  for (const [index, item] of ITEMS.entries()) {
    if (index > 0) await block.getByRole('button', { name: 'Add related item' }).click();
    await headlines.nth(index).fill(item.headline);
    await block.getByRole('textbox', { name: 'Related summary' }).nth(index).fill(item.summary);
    await block.getByRole('textbox', { name: 'Related link' }).nth(index).fill(item.url);
  }
  // A fourth item linked to a library article by its id.
  await block.getByRole('button', { name: 'Add related item' }).click();
  await block
    .getByRole('listitem')
    .nth(3)
    .getByRole('button', { name: 'Pick from library' })
    .click();
  await page.keyboard.type('bac giang');
  await block.getByRole('button', { name: new RegExp(`^${LIBRARY_HEADLINE}`) }).click();
  await expect(headlines.nth(3)).toHaveValue(LIBRARY_HEADLINE);
  await expectSaved(page);

  const original = (await saved(app, SOURCE)).blocks;
  expect(original).toHaveLength(1);
  const libraryId = (await saved(app, LIBRARY_HEADLINE)).id;
  const expectedItems = [
    ...ITEMS.map(({ headline, summary, url }) => ({
      headline,
      summary,
      link: { kind: 'url', url },
    })),
    {
      headline: LIBRARY_HEADLINE,
      summary: LIBRARY_SAPO,
      link: { kind: 'article', articleId: libraryId },
    },
  ];
  const content = (blocks: SavedBlock[]) =>
    blocks.map(({ heading, items }) => ({
      heading,
      items: items.map(({ headline, summary, link }) => ({ headline, summary, link })),
    }));
  expect(content(original)).toEqual([{ heading: 'Tin mới', items: expectedItems }]);
  const shownOriginal = await shownBlocks(page);

  // Select the whole block by its bar and copy it.
  await block.locator('.related-news-bar').click();
  await page.keyboard.press(`${mod}+c`);

  // Paste at the end of this article: two identical blocks.
  const body = page.getByRole('textbox', { name: 'Article body' });
  // Enter acts on Lexical's copy of the caret, which follows the click and End
  // a moment later: before them, Lexical held the box copied (caret-sync.ts).
  // Clicked as a person clicks: an instant click right after the box was
  // selected left no caret, and Enter went after the box.
  await clickAndSyncCaret(body.locator(':scope > p').last(), { delay: 80 });
  await pressAndSyncCaret(page, 'End');
  await page.keyboard.press('Enter');
  await page.keyboard.press(`${mod}+v`);
  await expect(page.getByRole('region', { name: 'Related news box' })).toHaveCount(2);
  expect(await shownBlocks(page)).toEqual([shownOriginal[0], shownOriginal[0]]);
  await expectSaved(page);
  expect(content((await saved(app, SOURCE)).blocks)).toEqual([
    { heading: 'Tin mới', items: expectedItems },
    { heading: 'Tin mới', items: expectedItems },
  ]);

  // Paste into another article.
  await openArticle(page, app, TARGET);
  await expect(page.getByRole('region', { name: 'Related news box' })).toHaveCount(0);
  await body.locator(':scope > p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.press(`${mod}+v`);
  await expect(page.getByRole('region', { name: 'Related news box' })).toHaveCount(1);
  expect(await shownBlocks(page)).toEqual(shownOriginal);
  await expectSaved(page);
  const target = await saved(app, TARGET);
  expect(content(target.blocks)).toEqual([{ heading: 'Tin mới', items: expectedItems }]);
  expect(target.types[0]).toBe('paragraph');

  // The pasted block is the target's own: editing it leaves the source alone.
  await page
    .getByRole('region', { name: 'Related news box' })
    .getByRole('textbox', { name: 'Related headline' })
    .first()
    .fill('Đã sửa trong bài khác');
  await expectSaved(page);
  expect(content((await saved(app, SOURCE)).blocks)[0]).toEqual({
    heading: 'Tin mới',
    items: expectedItems,
  });
});

/**
 * Related-news blocks end to end: the real renderer in Chromium, the real web
 * host, real files on disk. A "Tin mới" box of six items typed by hand, two of
 * them reordered (keyboard and drag), one picked from the library by an
 * unaccented query, survives a restart; removing an item is undoable; a
 * `javascript:` link is refused.
 */
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { largeArticle, writeArticle } from './support/article-fixture';
import { blockHeights, blocksOnlyReserved } from './support/block-space';
import { expect, test, type NewsdeskApp } from './support/app-fixture';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

/**
 * The crash-recovery journal (another feature, in progress) may offer edits it
 * logged before the last save after a restart. Everything here was checked on
 * disk before the restart, so its offer is declined when it comes.
 */
async function dismissRecoveryIfOffered(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Unsaved edits were found' });
  const offered = await dialog.waitFor({ timeout: 3_000 }).then(
    () => true,
    () => false,
  );
  if (offered) await dialog.getByRole('button', { name: 'Discard' }).first().click();
}

async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
}

async function createArticle(
  page: Page,
  app: NewsdeskApp,
  headline: string,
  sapo: string,
): Promise<void> {
  const fields = await app.newArticle();
  await fields.headline.fill(headline);
  await page.getByRole('textbox', { name: 'Sapo' }).fill(sapo);
  await expectSaved(page);
  await expect(app.libraryEntry(headline)).toBeVisible();
}

interface SavedItem {
  key: string;
  headline: string;
  summary: string;
  link: { kind: 'url'; url: string } | { kind: 'article'; articleId: string } | null;
}
interface SavedBlock {
  type: string;
  heading: string;
  items: SavedItem[];
}

async function savedArticles(
  app: NewsdeskApp,
): Promise<{ id: string; headline: string; body: unknown }[]> {
  const files = await app.articleFiles();
  return Promise.all(files.map(async (file) => JSON.parse(await readFile(file, 'utf8'))));
}

async function savedBlock(app: NewsdeskApp, headline: string): Promise<SavedBlock> {
  const article = (await savedArticles(app)).find((a) => a.headline === headline)!;
  const body = article.body as { root: { children: SavedBlock[] } };
  const blocks = body.root.children.filter((node) => node.type === 'related-news');
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
}

/** The block's items' headlines as shown, in order. */
async function shownHeadlines(block: Locator): Promise<string[]> {
  const fields = block.getByRole('textbox', { name: 'Related headline' });
  const count = await fields.count();
  const values: string[] = [];
  for (let i = 0; i < count; i += 1) values.push(await fields.nth(i).inputValue());
  return values;
}

const LIBRARY_HEADLINE = 'Bắc Giang mở rộng vùng trồng vải thiều';
const LIBRARY_SAPO =
  'Tỉnh Bắc Giang đặt mục tiêu nâng diện tích vải thiều lên 30.000 ha, chú trọng xuất khẩu sang Nhật Bản.';
const OTHER_HEADLINE = 'Hà Nội đón đợt rét đậm nhất từ đầu mùa';
const ARTICLE_HEADLINE = 'Tổng hợp tin nông nghiệp trong ngày';

const ITEMS = [
  {
    headline: 'Giá lúa gạo tăng mạnh ở Đồng bằng sông Cửu Long',
    summary: 'Thương lái thu mua lúa tươi với giá cao nhất trong ba năm.',
    url: 'https://vnexpress.net/gia-lua-gao-tang-manh.html',
  },
  {
    headline: 'Nông dân Sơn La trúng mùa xoài',
    summary: 'Sản lượng xoài năm nay ước đạt hơn 100.000 tấn.',
    url: 'https://baosonla.vn/xoai-trung-mua.html',
  },
  {
    headline: 'Cà phê Tây Nguyên được giá',
    summary: 'Giá cà phê nhân xô vượt mốc 120.000 đồng mỗi kg.',
    url: 'https://tuoitre.vn/ca-phe-tay-nguyen.html',
  },
  {
    headline: 'Thủy sản xuất khẩu phục hồi',
    summary: 'Kim ngạch xuất khẩu tôm và cá tra tăng trở lại.',
    url: 'https://thanhnien.vn/thuy-san-phuc-hoi.html',
  },
  {
    headline: 'Hợp tác xã ứng dụng máy bay không người lái',
    summary: 'Phun thuốc bằng thiết bị bay giúp giảm chi phí cho nông dân.',
    url: 'https://nhandan.vn/hop-tac-xa-drone.html',
  },
  {
    headline: 'Đắk Lắk mở rộng diện tích sầu riêng',
    summary: 'Tỉnh khuyến cáo người dân không trồng ồ ạt.',
    url: 'https://baodaklak.vn/sau-rieng.html',
  },
];

test('a "Tin mới" box of six items, reordered and partly picked from the library, survives a restart; removal is undoable', async ({
  page,
  app,
}) => {
  // Long by design: six items typed key by key, a restart, an undo.
  test.setTimeout(150_000);
  await app.open();
  await createArticle(page, app, LIBRARY_HEADLINE, LIBRARY_SAPO);
  await createArticle(page, app, OTHER_HEADLINE, 'Nhiệt độ ở vùng núi xuống dưới 5 độ C.');

  const { headline, body } = await app.newArticle();
  await headline.fill(ARTICLE_HEADLINE);
  await body.click();
  await page.keyboard.insertText('Đoạn mở đầu của bài.');

  await page.getByRole('button', { name: 'Insert related news' }).click();
  const block = page.getByRole('region', { name: 'Related news box' });
  await expect(block).toHaveCount(1);
  const heading = block.getByRole('textbox', { name: 'Related news heading' });
  await expect(heading).toBeFocused();
  await expect(heading).toHaveValue('Tin liên quan');
  // Typed by hand: select the default and type over it.
  await page.keyboard.press(`${mod}+a`);
  await page.keyboard.type('Tin mới');
  await expect(heading).toHaveValue('Tin mới');

  const headlines = block.getByRole('textbox', { name: 'Related headline' });
  const summaries = block.getByRole('textbox', { name: 'Related summary' });
  const links = block.getByRole('textbox', { name: 'Related link' });
  for (const [index, item] of ITEMS.entries()) {
    if (index > 0) {
      await block.getByRole('button', { name: 'Add related item' }).click();
      await expect(headlines.nth(index)).toBeFocused();
    } else {
      await headlines.nth(0).click();
    }
    await page.keyboard.type(item.headline);
    await summaries.nth(index).click();
    await page.keyboard.type(item.summary);
    await links.nth(index).click();
    await page.keyboard.type(item.url);
  }
  expect(await shownHeadlines(block)).toEqual(ITEMS.map((item) => item.headline));
  // Backspace in a field edits the field; it never deletes or moves the block.
  await headlines.nth(5).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('g');
  await expect(headlines.nth(5)).toHaveValue(ITEMS[5]!.headline);

  // A javascript: link is refused with a message and never stored; the text stays to be fixed.
  await links.nth(1).click();
  await page.keyboard.press(`${mod}+a`);
  await page.keyboard.type('javascript:alert(1)');
  await expect(block.getByRole('alert')).toContainText('Only web links');
  await expect(links.nth(1)).toHaveValue('javascript:alert(1)');
  await expect(links.nth(1)).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press(`${mod}+a`);
  await page.keyboard.type(ITEMS[1]!.url);
  await expect(block.getByRole('alert')).toHaveCount(0);

  // Keyboard: the last item moves up one place with Alt+ArrowUp.
  await headlines.nth(5).click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(headlines.nth(4)).toBeFocused();
  // Drag: the first item is dropped onto the third.
  const items = block.getByRole('listitem');
  // Playwright's mouse drag does not start a native drag from inside Lexical's
  // contenteditable in headless Chromium, so the HTML5 drag events are sent
  // with a real DataTransfer: what the handle puts in it is what the drop reads.
  const transfer = await page.evaluateHandle(() => new DataTransfer());
  await items
    .nth(0)
    .locator('[data-drag-handle]')
    .dispatchEvent('dragstart', { dataTransfer: transfer });
  await items.nth(2).dispatchEvent('dragenter', { dataTransfer: transfer });
  await items.nth(2).dispatchEvent('dragover', { dataTransfer: transfer });
  await items.nth(2).dispatchEvent('drop', { dataTransfer: transfer });
  await items
    .nth(0)
    .locator('[data-drag-handle]')
    .dispatchEvent('dragend', { dataTransfer: transfer });
  const expectedOrder = [ITEMS[1], ITEMS[2], ITEMS[0], ITEMS[3], ITEMS[5], ITEMS[4]].map(
    (item) => item!.headline,
  );
  expect(await shownHeadlines(block)).toEqual(expectedOrder);

  // Pick a seventh item from the library with an unaccented query.
  await block.getByRole('button', { name: 'Add related item' }).click();
  await items.nth(6).getByRole('button', { name: 'Pick from library' }).click();
  const search = block.getByRole('searchbox', { name: 'Search library articles' });
  await expect(search).toBeFocused();
  await page.keyboard.type('bac giang');
  await block.getByRole('button', { name: new RegExp(`^${LIBRARY_HEADLINE}`) }).click();
  await expect(headlines.nth(6)).toHaveValue(LIBRARY_HEADLINE);
  await expect(summaries.nth(6)).toHaveValue(LIBRARY_SAPO);
  await expect(items.nth(6)).toContainText(`Library: ${LIBRARY_HEADLINE}`);
  await expect(items.nth(6).getByRole('textbox', { name: 'Related link' })).toHaveCount(0);
  await expectSaved(page);

  const libraryId = (await savedArticles(app)).find((a) => a.headline === LIBRARY_HEADLINE)!.id;
  const finalOrder = [ITEMS[1], ITEMS[2], ITEMS[0], ITEMS[3], ITEMS[5], ITEMS[4]];
  const checkDisk = async () => {
    const saved = await savedBlock(app, ARTICLE_HEADLINE);
    expect(saved.heading).toBe('Tin mới');
    expect(saved.items.map(({ headline, summary, link }) => ({ headline, summary, link }))).toEqual(
      [
        ...finalOrder.map((item) => ({
          headline: item!.headline,
          summary: item!.summary,
          link: { kind: 'url', url: item!.url },
        })),
        {
          headline: LIBRARY_HEADLINE,
          summary: LIBRARY_SAPO,
          link: { kind: 'article', articleId: libraryId },
        },
      ],
    );
    return saved;
  };
  const beforeRestart = await checkDisk();

  await app.restart();
  await dismissRecoveryIfOffered(page);
  await app.libraryEntry(ARTICLE_HEADLINE).click();
  await expect(heading).toHaveValue('Tin mới');
  expect(await shownHeadlines(block)).toEqual([
    ...finalOrder.map((item) => item!.headline),
    LIBRARY_HEADLINE,
  ]);
  for (const [index, item] of finalOrder.entries()) {
    await expect(summaries.nth(index)).toHaveValue(item!.summary);
    await expect(links.nth(index)).toHaveValue(item!.url);
  }
  await expect(items.nth(6)).toContainText(`Library: ${LIBRARY_HEADLINE}`);
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText(
    'Đoạn mở đầu của bài.',
  );

  // Remove the second item: the focus goes to the next item's headline, where
  // an undo at once brings the item back in place.
  await items.nth(1).getByRole('button', { name: 'Remove related item' }).click();
  await expect(headlines).toHaveCount(6);
  await expect(headlines.nth(1)).toBeFocused();
  await page.keyboard.press(`${mod}+z`);
  await expect(headlines).toHaveCount(7);
  expect(await shownHeadlines(block)).toEqual([
    ...finalOrder.map((item) => item!.headline),
    LIBRARY_HEADLINE,
  ]);
  await expectSaved(page);
  const afterUndo = await checkDisk();
  expect(afterUndo.items.map((item) => item.key)).toEqual(
    beforeRestart.items.map((item) => item.key),
  );
});

test('a linked library article is named from the workspace listing: current after a rename, no listing fetched for the box', async ({
  page,
  app,
}) => {
  await app.open();
  await createArticle(page, app, LIBRARY_HEADLINE, LIBRARY_SAPO);
  await createArticle(page, app, ARTICLE_HEADLINE, 'Bài có hộp tin liên quan.');
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.insertText('Đoạn mở đầu.');
  await page.getByRole('button', { name: 'Insert related news' }).click();
  const block = page.getByRole('region', { name: 'Related news box' });
  await block.getByRole('button', { name: 'Pick from library' }).first().click();
  // The article being edited is not offered: a box never links to its own page.
  await page.keyboard.type('tong hop tin nong nghiep');
  await expect(block.getByRole('button', { name: new RegExp(`^${ARTICLE_HEADLINE}`) })).toHaveCount(
    0,
  );
  await page.keyboard.press(`${mod}+a`);
  await page.keyboard.type('bac giang');
  await block.getByRole('button', { name: new RegExp(`^${LIBRARY_HEADLINE}`) }).click();
  await expect(block).toContainText(`Library: ${LIBRARY_HEADLINE}`);
  await expectSaved(page);

  // Rename the linked article, then open the article with the box again.
  const renamed = `${LIBRARY_HEADLINE} (cập nhật)`;
  await app.libraryEntry(LIBRARY_HEADLINE).click();
  // Exact: the box's "Related headline" fields match the name too.
  const headline = page.getByRole('textbox', { name: 'Headline', exact: true });
  await expect(headline).toHaveValue(LIBRARY_HEADLINE);
  await headline.fill(renamed);
  await expectSaved(page);
  const listings: string[] = [];
  page.on('request', (request) => {
    if (request.postData()?.includes('"library:list"')) listings.push(request.url());
  });
  await app.libraryEntry(ARTICLE_HEADLINE).click();
  await expect(page.getByRole('region', { name: 'Related news box' })).toContainText(
    `Library: ${renamed}`,
  );
  expect(listings).toEqual([]);
});

// A wide window, and a narrow one where the box's heading row takes two lines.
for (const width of [1280, 1000]) {
  test(`a box out of sight keeps the space its items will take, so the scrollbar does not jump (${width} px window)`, async ({
    page,
    app,
  }) => {
    const article = largeArticle(
      'c0ffee00-0000-4000-8000-00000000b0c5',
      'Bài dài có hai hộp tin',
      30,
    );
    const box = (heading: string, count: number) => ({
      type: 'related-news',
      version: 1,
      heading,
      items: ITEMS.slice(0, count).map((item, index) => ({
        key: `item-${index}`,
        headline: item.headline,
        summary: item.summary,
        link: { kind: 'url', url: item.url },
      })),
    });
    const blocks = article.body.root.children as unknown[];
    blocks.push(box('Tin mới', 6), blocks[0], box('Tin liên quan', 1));
    await writeArticle(app.dirs.library, article);
    await page.setViewportSize({ width, height: 800 });
    await app.open();
    await app.libraryEntry(article.headline).click();
    const boxes = page.locator('.related-news-block');
    await expect(boxes).toHaveCount(2);

    // Far below the fold: both boxes' views are not made yet or their contents are
    // skipped, so their height is the reserved one.
    expect(await blocksOnlyReserved(boxes)).toEqual([true, true]);
    const reserved = await blockHeights(boxes);

    const shown: number[] = [];
    for (const index of [0, 1]) {
      await boxes.nth(index).scrollIntoViewIfNeeded();
      await expect(boxes.nth(index).getByRole('textbox', { name: 'Related headline' })).toHaveCount(
        index === 0 ? 6 : 1,
      );
      await expect
        .poll(() =>
          boxes
            .nth(index)
            .evaluate((e) => e.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })),
        )
        .toBe(true);
      shown.push((await blockHeights(boxes))[index]!);
    }
    // Within 2 % of the box's real height (a three-item guess was 44rem for both;
    // before the narrow body's rule, 34 px short at 1,000 px).
    for (const index of [0, 1]) {
      expect(Math.abs(reserved[index]! - shown[index]!) / shown[index]!).toBeLessThan(0.02);
    }
  });
}

test('from the keyboard, picking from the library, Escape and clearing the link keep the focus in the item', async ({
  page,
  app,
}) => {
  await app.open();
  await createArticle(page, app, LIBRARY_HEADLINE, LIBRARY_SAPO);
  await createArticle(page, app, ARTICLE_HEADLINE, 'Bài có hộp tin liên quan.');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.insertText('Đoạn mở đầu.');
  await page.getByRole('button', { name: 'Insert related news' }).click();
  const after = body.locator(':scope > p').last();
  await after.click();
  await page.keyboard.insertText('Đoạn sau hộp.');
  await expect(after).toHaveText('Đoạn sau hộp.');
  const block = page.getByRole('region', { name: 'Related news box' });
  const pickButton = block.getByRole('button', { name: 'Pick from library' }).first();

  await pickButton.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('bac giang');
  await block.getByRole('button', { name: new RegExp(`^${LIBRARY_HEADLINE}`) }).focus();
  await page.keyboard.press('Enter');
  await expect(block).toContainText(`Library: ${LIBRARY_HEADLINE}`);
  await expect(pickButton).toBeFocused();
  // Keys typed now never reach the paragraph after the box.
  await page.keyboard.type('XYZ');
  await expect(after).toHaveText('Đoạn sau hộp.');

  await page.keyboard.press('Enter');
  await expect(block.getByRole('searchbox', { name: 'Search library articles' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(pickButton).toBeFocused();

  await block.getByRole('button', { name: 'Remove library link' }).focus();
  await page.keyboard.press('Enter');
  await expect(block.getByRole('textbox', { name: 'Related link' }).first()).toBeFocused();
  await expectSaved(page);
});

test('picking an article whose sapo is longer than a related summary may hold still saves', async ({
  page,
  app,
}) => {
  test.setTimeout(60_000);
  await app.open();
  // A sapo may hold 10,000 characters, a related summary 5,000 (TEXT_LIMITS).
  const longSapo = `${'Tỉnh Bắc Giang đặt mục tiêu nâng diện tích vải thiều. '.repeat(120)}`.trim();
  expect(longSapo.length).toBeGreaterThan(5000);
  await createArticle(page, app, LIBRARY_HEADLINE, longSapo);
  await createArticle(page, app, ARTICLE_HEADLINE, 'Bài có hộp tin liên quan.');
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.getByRole('button', { name: 'Insert related news' }).click();
  const block = page.getByRole('region', { name: 'Related news box' });
  await block.getByRole('button', { name: 'Pick from library' }).click();
  await page.keyboard.type('bac giang');
  await block.getByRole('button', { name: new RegExp(`^${LIBRARY_HEADLINE}`) }).click();
  await expect(block.getByRole('textbox', { name: 'Related headline' })).toHaveValue(
    LIBRARY_HEADLINE,
  );
  await expectSaved(page);
  const item = (await savedBlock(app, ARTICLE_HEADLINE)).items[0]!;
  expect(item.link).toMatchObject({ kind: 'article' });
  expect(item.summary.length).toBeLessThanOrEqual(5000);
  expect(longSapo.startsWith(item.summary.replace(/…$/, ''))).toBe(true);
});

test('Ctrl+Z on the box’s own buttons undoes: the last item removed, a heading chosen from the keyboard', async ({
  page,
  app,
}) => {
  await app.open();
  await createArticle(page, app, ARTICLE_HEADLINE, 'Bài có hộp tin liên quan.');
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.insertText('Đoạn mở đầu.');
  await page.getByRole('button', { name: 'Insert related news' }).click();
  const block = page.getByRole('region', { name: 'Related news box' });
  const headlines = block.getByRole('textbox', { name: 'Related headline' });
  await headlines.fill(ITEMS[0]!.headline);
  await expectSaved(page);

  // Removing the only item leaves the focus on "Add related item".
  await block.getByRole('button', { name: 'Remove related item' }).click();
  await expect(headlines).toHaveCount(0);
  await expect(block.getByRole('button', { name: 'Add related item' })).toBeFocused();
  await page.keyboard.press(`${mod}+z`);
  await expect(headlines).toHaveCount(1);
  await expect(headlines).toHaveValue(ITEMS[0]!.headline);

  const heading = block.getByRole('textbox', { name: 'Related news heading' });
  const suggestion = block.getByRole('button', { name: 'Tin mới' });
  await suggestion.focus();
  await page.keyboard.press('Enter');
  await expect(heading).toHaveValue('Tin mới');
  await expect(suggestion).toBeFocused();
  await page.keyboard.press(`${mod}+z`);
  await expect(heading).toHaveValue('Tin liên quan');
  await expectSaved(page);
  expect((await savedBlock(app, ARTICLE_HEADLINE)).items.map((item) => item.headline)).toEqual([
    ITEMS[0]!.headline,
  ]);
});

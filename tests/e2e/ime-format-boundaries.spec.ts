/**
 * A Vietnamese word typed right after formatting ends takes the format of
 * where it is typed, whichever way the input method sends it: after a link,
 * outside the link; after Ctrl+B turned bold off, plain. Composing input
 * methods (macOS, Windows' Vietnamese keyboard, IBus) put the first word after
 * a link inside it, and Unikey's Backspace-and-retype made the first letters
 * typed after bold was turned off bold again.
 */
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { Article } from '../../shared/article/schema';
import { expect, test } from './support/app-fixture';
import { pressAndSyncCaret, watchCaretSync } from './support/caret-sync';
import { VietnameseTyper, type InputMethod } from './support/vietnamese-ime';

interface JsonNode {
  type: string;
  text?: string;
  children?: JsonNode[];
}

function textOf(node: JsonNode): string {
  return node.text ?? (node.children ?? []).map(textOf).join('');
}

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

async function openBody(
  page: Page,
  app: { newArticle(): Promise<{ headline: Locator; body: Locator }> },
) {
  const { headline, body } = await app.newArticle();
  await headline.fill('Gõ sau định dạng');
  await body.click();
  await watchCaretSync(page);
  return body;
}

for (const method of ['composition', 'backspace-retype'] as InputMethod[]) {
  test(`${method}: the word typed after a link is not part of the link`, async ({ page, app }) => {
    await app.open();
    const body = await openBody(page, app);
    const typer = await VietnameseTyper.attach(page);
    await page.keyboard.type('Xem AB');
    await pressAndSyncCaret(page, 'Shift+ArrowLeft');
    await pressAndSyncCaret(page, 'Shift+ArrowLeft');
    await page.keyboard.press(`${mod}+k`);
    await page.getByRole('textbox', { name: 'Link URL' }).fill('vnexpress.net');
    await page.keyboard.press('Enter');
    await expect(body.locator('a')).toHaveText('AB');
    await expect(async () => {
      await pressAndSyncCaret(page, 'End');
      expect(
        await page.evaluate(() => {
          const selection = document.getSelection()!;
          return (
            selection.anchorNode?.parentElement?.closest('a') !== null &&
            selection.anchorOffset === selection.anchorNode?.textContent?.length
          );
        }),
      ).toBe(true);
    }).toPass();
    await typer.type('ở đây', method);
    await expect(body.locator('p')).toHaveText('Xem ABở đây');
    await expect(body.locator('a')).toHaveText('AB');
    // Saved so, with nothing of the composition's workings (a zero-width space) left.
    await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
    const [file] = await app.articleFiles();
    const saved = JSON.parse(await readFile(file!, 'utf8')) as Article;
    const [paragraph] = saved.body.root.children as unknown as JsonNode[];
    expect(paragraph!.children!.map(textOf)).toEqual(['Xem ', 'AB', 'ở đây']);
    expect(paragraph!.children![1]!.type).toBe('link');
  });

  test(`${method}: the word typed between a link and the text after it is not part of the link`, async ({
    page,
    app,
  }) => {
    await app.open();
    const body = await openBody(page, app);
    const typer = await VietnameseTyper.attach(page);
    await page.keyboard.type('Xem AB nhé');
    for (let i = 0; i < 4; i += 1) await pressAndSyncCaret(page, 'ArrowLeft');
    await pressAndSyncCaret(page, 'Shift+ArrowLeft');
    await pressAndSyncCaret(page, 'Shift+ArrowLeft');
    await page.keyboard.press(`${mod}+k`);
    await page.getByRole('textbox', { name: 'Link URL' }).fill('vnexpress.net');
    await page.keyboard.press('Enter');
    await expect(body.locator('a')).toHaveText('AB');
    await expect(async () => {
      await pressAndSyncCaret(page, 'End');
      for (let i = 0; i < 4; i += 1) await pressAndSyncCaret(page, 'ArrowLeft');
      expect(
        await page.evaluate(() => {
          const selection = document.getSelection()!;
          return (
            selection.anchorNode?.parentElement?.closest('a') !== null &&
            selection.anchorOffset === selection.anchorNode?.textContent?.length
          );
        }),
      ).toBe(true);
    }).toPass();
    await typer.type('ở', method);
    await expect(body.locator('p')).toHaveText('Xem ABở nhé');
    await expect(body.locator('a')).toHaveText('AB');
  });

  test(`${method}: the word typed before a link at the start of a paragraph is not part of it`, async ({
    page,
    app,
  }) => {
    await app.open();
    const body = await openBody(page, app);
    const typer = await VietnameseTyper.attach(page);
    await page.keyboard.type('AB');
    await pressAndSyncCaret(page, 'Shift+Home');
    await page.keyboard.press(`${mod}+k`);
    await page.getByRole('textbox', { name: 'Link URL' }).fill('vnexpress.net');
    await page.keyboard.press('Enter');
    await expect(body.locator('a')).toHaveText('AB');
    await expect(async () => {
      await pressAndSyncCaret(page, 'Home');
      expect(
        await page.evaluate(() => {
          const selection = document.getSelection()!;
          return (
            selection.anchorNode?.parentElement?.closest('a') !== null &&
            selection.anchorOffset === 0
          );
        }),
      ).toBe(true);
    }).toPass();
    await typer.type('Đọc', method);
    await expect(body.locator('p')).toHaveText('ĐọcAB');
    await expect(body.locator('a')).toHaveText('AB');
  });

  test(`${method}: the word typed after bold is turned off is plain`, async ({ page, app }) => {
    await app.open();
    const body = await openBody(page, app);
    const typer = await VietnameseTyper.attach(page);
    await page.keyboard.press(`${mod}+b`);
    await typer.type('Hà Nội', method);
    await page.keyboard.press(`${mod}+b`);
    await typer.type('ơi', method);
    await expect(body.locator('p')).toHaveText('Hà Nộiơi');
    await expect(body.locator('strong')).toHaveText('Hà Nội');
  });
}

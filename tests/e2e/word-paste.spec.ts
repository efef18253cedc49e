/**
 * Pages pasted from a word processor or a web page, into the real renderer.
 *
 * A long page pasted from a word processor, with the app's Content Security
 * Policy in force (no bypass): its styling becomes bold, italics and
 * underline, its list a list, and the paste raises no policy report. Each styled element used
 * to be one report and one console error per parse of the paste (a Word page
 * of 3,000 styled spans: ≈ 250 ms per parse); styles-aside.ts moves the
 * styles out of the policy's sight before the page parses anything.
 *
 * A chat message copied from a web page keeps its lines, which the page showed
 * from newline characters (preformatted-breaks.ts).
 */
import { readFile } from 'node:fs/promises';
import type { Article } from '../../shared/article/schema';
import { expect, test } from './support/app-fixture';

const PARAGRAPHS = 200;

/** What Word puts on the clipboard, in short: a style sheet, and a style on every element. */
function wordHtml(): string {
  const paragraphs = Array.from(
    { length: PARAGRAPHS },
    (_, i) =>
      `<p class=MsoNormal style='margin:0cm;line-height:150%'><span lang=VI style='font-size:12.0pt;font-family:"Times New Roman",serif'>Đoạn ${i + 1}: <span style='font-weight:bold'>chữ đậm</span>, <span style='font-style:italic'>chữ nghiêng</span> và <span style='text-decoration:underline'>gạch chân</span>.</span></p>`,
  ).join('\n');
  const item = (text: string) =>
    `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>${text}<o:p></o:p></span></p>`;
  const list = item('Phố Hàng Ngang') + item('Phố Hàng Đào');
  return `<html><head><meta charset=utf-8><style>p.MsoNormal{margin:0cm;font-size:12.0pt}</style></head><body lang=VI><!--StartFragment-->${paragraphs}${list}<!--EndFragment--></body></html>`;
}

test('a Word page keeps its bold, italics and underline and raises no policy report', async ({
  page,
  app,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await app.start();
  const fields = await app.newArticle();
  await fields.headline.fill('Bài dán từ Word');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();

  const html = wordHtml();
  const violations = await page.evaluate(async (pasted) => {
    let count = 0;
    const onViolation = () => (count += 1);
    document.addEventListener('securitypolicyviolation', onViolation);
    const transfer = new DataTransfer();
    transfer.setData('text/html', pasted);
    transfer.setData('text/plain', 'Đoạn');
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transfer }),
    );
    // Reports are delivered in a task of their own: wait past a frame and a task.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    document.removeEventListener('securitypolicyviolation', onViolation);
    return count;
  }, html);

  expect(violations).toBe(0);
  expect(errors.filter((text) => /Content Security Policy/.test(text))).toEqual([]);
  await expect(body.locator('strong')).toHaveCount(PARAGRAPHS);
  await expect(body.locator('em')).toHaveCount(PARAGRAPHS);
  // Lexical shows underline as a class on the text, not as <u>.
  await expect(body.locator('.body-underline')).toHaveCount(PARAGRAPHS);
  await expect(body.locator('p', { hasText: `Đoạn ${PARAGRAPHS}:` })).toHaveCount(1);
  // Word's list paragraphs came as a list, without their "·" and spaces.
  await expect(body.locator('ul > li')).toHaveText(['Phố Hàng Ngang', 'Phố Hàng Đào']);

  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 15_000 });
  const [file] = await app.articleFiles();
  const saved = JSON.parse(await readFile(file!, 'utf8')) as Article;
  const text = JSON.stringify(saved.body);
  expect(text).toContain('chữ đậm');
  expect(text).not.toContain('MsoNormal');
  expect(text).not.toContain('newsdesk-style');
});

test('a chat message copied from a web page keeps its lines', async ({ page, context, app }) => {
  await app.start();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(app.host!.url).origin,
  });
  const fields = await app.newArticle();
  await fields.headline.fill('Tin nhắn dán vào');
  const text = 'Anh ơi,\nchiều nay họp lúc 3 giờ.\n\nEm gửi tài liệu sau.';
  // What Chromium puts on the clipboard for a message shown with white-space: pre-wrap.
  const html = `<meta charset="utf-8"><span style="color: rgb(0, 0, 0); font-family: sans-serif; font-weight: 400; white-space: pre-wrap; display: inline !important; float: none;">${text}</span>`;
  await page.evaluate(
    async ({ html, text }) => {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
    },
    { html, text },
  );
  await fields.body.click();
  await page.keyboard.press('Control+V');

  await expect(fields.body.locator('br')).toHaveCount(3);
  expect(await fields.body.innerText()).toContain('Anh ơi,\nchiều nay họp lúc 3 giờ.');
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 15_000 });
  const [file] = await app.articleFiles();
  const saved = JSON.parse(await readFile(file!, 'utf8')) as Article;
  expect(JSON.stringify(saved.body).match(/"linebreak"/g)).toHaveLength(3);
});

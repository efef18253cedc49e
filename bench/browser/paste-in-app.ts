/**
 * A long page pasted from Word into the body, in the real app through the web
 * host (its Content Security Policy in force), against bare Lexical's own
 * HTML paste of the same clipboard. The app's paste reshapes Word's styling
 * into semantic elements, sanitizes and normalises to NFC; bare Lexical takes
 * the HTML as it is. Info, no budget: it shows what a reporter waits for and
 * whether the page's policy reports anything (each report cost ≈ 75 µs).
 */
import type { Browser, Page } from '@playwright/test';
import { summarize, type ResultRow } from '../lib/stats';
import { serveStatic, startHost } from './bench';

/** Word's clipboard in short: a style sheet, every paragraph and span styled. */
export function wordPage(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      `<p class=MsoNormal style='margin:0cm;line-height:150%'><span lang=VI style='font-size:12.0pt;font-family:"Times New Roman",serif'>Đoạn ${i + 1}: phóng viên ghi nhận tại hiện trường <span style='font-weight:bold'>chữ đậm</span> và <span style='font-style:italic'>chữ nghiêng</span> theo lời kể của người dân.</span></p>`,
  ).join('');
  return `<html><head><meta charset=utf-8><style>p.MsoNormal{margin:0cm;font-size:12.0pt}</style></head><body lang=VI><!--StartFragment-->${body}<!--EndFragment--></body></html>`;
}

export interface PasteResults {
  paragraphs: number;
  app: number[];
  bare: number[];
  /** securitypolicyviolation events during the app's timed pastes. */
  reports: number;
}

/** Pastes `html` into the focused element; ms to the frame after it, and the policy reports. */
function pasteTimed(html: string): Promise<{ ms: number; reports: number }> {
  let reports = 0;
  const onReport = () => (reports += 1);
  document.addEventListener('securitypolicyviolation', onReport);
  const transfer = new DataTransfer();
  transfer.setData('text/html', html);
  transfer.setData('text/plain', 'Đoạn');
  const t0 = performance.now();
  document.activeElement!.dispatchEvent(
    new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transfer }),
  );
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        const ms = performance.now() - t0;
        // Reports are queued as tasks of their own: count them a moment later.
        setTimeout(() => {
          document.removeEventListener('securitypolicyviolation', onReport);
          resolve({ ms, reports });
        }, 50);
      }, 0),
    ),
  );
}

async function pasteRuns(
  page: Page,
  editable: string,
  html: string,
  runs: number,
): Promise<{ times: number[]; reports: number }> {
  const times: number[] = [];
  let reports = 0;
  for (let run = 0; run <= runs; run += 1) {
    await page.locator(editable).click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.waitForTimeout(200);
    const result = await page.evaluate(pasteTimed, html);
    if (run === 0) continue; // warm-up
    times.push(result.ms);
    reports += result.reports;
  }
  return { times, reports };
}

export async function benchPasteInApp(
  browser: Browser,
  input: {
    libraryPath: string;
    configPath: string;
    pageDir: string;
    runs: number;
    paragraphs: number;
    log: (m: string) => void;
  },
): Promise<PasteResults | string> {
  const html = wordPage(input.paragraphs);
  const { server, url } = await serveStatic(input.pageDir);
  const barePage = await browser.newPage();
  let bare: number[];
  try {
    await barePage.goto(url);
    await barePage.waitForFunction(() => 'bareLexical' in window);
    bare = (await pasteRuns(barePage, '#editor', html, input.runs)).times;
  } finally {
    await barePage.close();
    server.close();
  }

  const host = await startHost(input);
  const page = await browser.newPage();
  try {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'New article' }).click();
    const body = '[role="textbox"][aria-label="Article body"]';
    await page.locator(body).waitFor();
    const app = await pasteRuns(page, body, html, input.runs);
    const shown = await page.locator(`${body} > p`).count();
    if (shown < input.paragraphs)
      return `the paste showed ${shown} of ${input.paragraphs} paragraphs`;
    input.log(
      `  paste of a ${input.paragraphs}-paragraph Word page: app ${summarize(app.times).median.toFixed(0)} ms, bare Lexical ${summarize(bare).median.toFixed(0)} ms median`,
    );
    return { paragraphs: input.paragraphs, app: app.times, bare, reports: app.reports };
  } finally {
    await page.close();
    await host.stop();
  }
}

export function rowsFromPasteInApp(res: PasteResults | string): ResultRow[] {
  const ok = typeof res === 'string' ? null : res;
  return [
    {
      id: 'paste.word-page',
      metric: `paste a Word page of ${ok?.paragraphs ?? '?'} paragraphs`,
      unit: 'ms',
      value: ok ? summarize(ok.app) : null,
      baseline: ok ? { label: "bare Lexical's own HTML paste", value: summarize(ok.bare) } : null,
      note:
        typeof res === 'string'
          ? res
          : `paste event → the frame after it, ${res.app.length} pastes after 1 warm-up, into an emptied body; the app reshapes, sanitizes and normalises what bare Lexical takes as it is; ${res.reports} Content Security Policy reports during the app's pastes`,
    },
  ];
}

/**
 * The library as the reporter sees it, in the real app through the web host:
 * a 10,000-article library from page load to its painted list, and search
 * keystrokes to the painted result. The library step (bench/main/library.ts)
 * times the main process's list() and the search index alone; these rows add
 * the transfer, the renderer and the frame.
 */
import type { Browser, Request } from '@playwright/test';
import { summarize, type ResultRow } from '../lib/stats';
import { hostShareMs, rssOf, startHost } from './bench';

/** Typed keystroke by keystroke, unaccented as most searches are (ASCII: real keydowns). */
export const TYPED_QUERIES: readonly string[] = [
  'ha noi',
  'gia vang',
  'bac giang',
  'hoc phi',
  'nguoi dan',
  'sat lo',
  'cao toc bac nam',
  'metro',
];

export interface LibraryInAppResults {
  /** Page time (ms since navigation) when the list was first painted. */
  pageToList: number[];
  /** The library:list call's start to the painted list. */
  listShown: number[];
  /** The host's share of library:list (Server-Timing), and the answer's size. */
  hostListMs: number[];
  listBytes: number;
  /** The library:check that follows (the disk checked against the list shown): its host share, and its answer's end after the list's request. */
  hostCheckMs: number[];
  checkAnswered: number[];
  /** The web host's resident memory once the list was shown and checked 8 times: main's stand-in. */
  hostRssMb: number | null;
  /** Keydown in the search box → the frame after it painted. */
  keystrokes: number[];
}

export async function benchLibraryInApp(
  browser: Browser,
  input: { libraryPath: string; configPath: string; runs: number; log: (m: string) => void },
): Promise<LibraryInAppResults | string> {
  const host = await startHost(input);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const res: LibraryInAppResults = {
    pageToList: [],
    listShown: [],
    hostListMs: [],
    listBytes: 0,
    hostCheckMs: [],
    checkAnswered: [],
    hostRssMb: null,
    keystrokes: [],
  };
  try {
    // Installed before the app's scripts: the first row's paint, in page time.
    await page.addInitScript(() => {
      const w = window as unknown as { __listPainted: Promise<number> };
      w.__listPainted = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.querySelector('.article-list .article-item')) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
        });
        observer.observe(document, { childList: true, subtree: true });
      });
    });
    for (let run = 0; run <= input.runs; run += 1) {
      const calls: Request[] = [];
      const checks: Request[] = [];
      const onRequest = (request: Request) => {
        const body = request.postData() ?? '';
        if (body.includes('"library:list"')) calls.push(request);
        if (body.includes('"library:check"')) checks.push(request);
      };
      page.on('request', onRequest);
      await page.goto(host.url);
      const painted = await page.evaluate(async () => {
        const w = window as unknown as { __listPainted: Promise<number> };
        const at = await Promise.race([
          w.__listPainted,
          new Promise<number>((resolve) => setTimeout(() => resolve(-1), 60_000)),
        ]);
        return { at, origin: performance.timeOrigin };
      });
      if (painted.at < 0) return 'the library list was not painted within 60 s';
      const call = calls[0];
      const response = await call?.response();
      if (!call || !response) return 'no library:list call was seen';
      // Sent once the list's answer is shown, so it is usually on its way already.
      for (let waited = 0; checks.length === 0 && waited < 5000; waited += 20) {
        await page.waitForTimeout(20);
      }
      const check = checks[0];
      const checked = await check?.response();
      page.off('request', onRequest);
      if (!check || !checked) return 'no library:check call followed the list';
      if (run === 0) continue; // warm-up: the host's first list, cold caches
      res.pageToList.push(painted.at);
      res.listShown.push(painted.origin + painted.at - call.timing().startTime);
      res.hostListMs.push(await hostShareMs(response));
      res.listBytes = (await response.body()).length;
      res.hostCheckMs.push(await hostShareMs(checked));
      await checked.finished();
      res.checkAnswered.push(
        check.timing().startTime + check.timing().responseEnd - call.timing().startTime,
      );
    }
    res.hostRssMb = await rssOf(host.child.pid);
    input.log(
      `  library in the app: list painted ${summarize(res.pageToList).median.toFixed(0)} ms after page load, ${summarize(res.listShown).median.toFixed(0)} ms after its request`,
    );

    // Search: the index is built in idle time after the list shows; a person
    // reads the list first, so typing starts a few seconds later.
    await page.waitForTimeout(3000);
    const box = page.getByRole('searchbox');
    await page.evaluate(() => {
      const w = window as unknown as { __keys: number[] };
      w.__keys = [];
      const input = document.querySelector('input[type="search"]') as HTMLInputElement;
      input.addEventListener(
        'keydown',
        () => {
          const t0 = performance.now();
          requestAnimationFrame(() => setTimeout(() => w.__keys.push(performance.now() - t0), 0));
        },
        { capture: true },
      );
    });
    for (const query of TYPED_QUERIES) {
      await box.fill('');
      await page.waitForTimeout(300);
      await page.evaluate(() => ((window as unknown as { __keys: number[] }).__keys = []));
      for (const key of query) {
        await box.press(key === ' ' ? 'Space' : key);
        await page.waitForTimeout(150);
      }
      res.keystrokes.push(
        ...(await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys)),
      );
    }
    input.log(
      `  library search in the app: ${res.keystrokes.length} keystrokes, p95 ${summarize(res.keystrokes).p95.toFixed(1)} ms`,
    );
    return res;
  } finally {
    await page.close();
    await host.stop();
  }
}

export function rowsFromLibraryInApp(
  res: LibraryInAppResults | string,
  count: number,
): ResultRow[] {
  const failed = typeof res === 'string' ? res : null;
  const ok = typeof res === 'string' ? null : res;
  return [
    {
      id: 'library.app.list-shown',
      metric: `library list shown in the app, ${count} articles`,
      unit: 'ms',
      value: ok ? summarize(ok.listShown) : null,
      budget: { kind: 'abs-max', value: 200, on: 'median' },
      note:
        failed ??
        `library:list request → first paint of the list, web host, page reloaded ${ok!.listShown.length} times after 1 warm-up; answered from main's summary index, the host's share ${summarize(ok!.hostListMs).median.toFixed(0)} ms (Server-Timing), answer ${(ok!.listBytes / 1e6).toFixed(1)} MB; the disk check that follows (library:check, host ${summarize(ok!.hostCheckMs).median.toFixed(0)} ms) answered ${summarize(ok!.checkAnswered).median.toFixed(0)} ms after the list's request; page load → list painted ${summarize(ok!.pageToList).median.toFixed(0)} ms median`,
    },
    {
      id: 'library.app.search-keystroke',
      metric: `search keystroke → list painted, ${count} articles`,
      unit: 'ms',
      value: ok ? summarize(ok.keystrokes) : null,
      budget: { kind: 'abs-max', value: 30, on: 'p95' },
      note:
        failed ??
        `keydown in the search box → the frame after it, ${ok!.keystrokes.length} keys typing ${TYPED_QUERIES.length} unaccented queries (150 ms apart), 3 s after the list showed; includes the search, React and the frame`,
    },
    {
      id: 'library.app.host-rss',
      metric: `web host memory (RSS) after listing, ${count} articles`,
      unit: 'MB',
      value: ok?.hostRssMb != null ? { median: ok.hostRssMb, p95: ok.hostRssMb, n: 1 } : null,
      note:
        failed ??
        (ok!.hostRssMb == null
          ? 'not measured: no /proc status for the host process'
          : `VmRSS of the web host process after ${ok!.listShown.length + 1} listings and checks: the store, its summary index in memory and the HTTP server, as Electron's main process holds them (without Electron's own runtime)`),
    },
  ];
}

/**
 * Browser benchmarks in headless Chromium: typing latency and open time in the
 * real app (through the web host) against a bare Lexical editor holding the same
 * text as plain paragraphs, autosave cost per save, and web-host start to an
 * editable article. Rows the app cannot produce yet are reported as not measured.
 */
import { chromium, type Browser, type Page, type Request, type Response } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import type { Article } from '../../shared/article/schema';
import { plainParagraphs } from '../generate';
import { summarize, type ResultRow, type Summary } from '../lib/stats';
import * as probes from './probes';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BODY = '[aria-label="Article body"]';
const KEYS = 'cong nhan tai ha noi dang lam viec ';

export interface BrowserBenchInput {
  article: Article;
  /** Library holding `article` (with images) and `textOnly`. */
  libraryPath: string;
  configPath: string;
  textOnly: Article;
  pageDir: string;
  keys: number;
  openRuns: number;
  saves: number;
  log: (m: string) => void;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
}

function plainStateJson(article: Article): string {
  const paragraph = (text: string) => ({
    children: text
      ? [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }]
      : [],
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    type: 'paragraph',
    version: 1,
  });
  return JSON.stringify({
    root: {
      children: plainParagraphs(article).map(paragraph),
      direction: null,
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  });
}

export async function serveStatic(dir: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
  };
  const server = createServer((req, res) => {
    const name =
      (req.url ?? '/').split('?')[0] === '/'
        ? 'index.html'
        : (req.url ?? '').slice(1).split('?')[0]!;
    if (!/^[\w.-]+$/.test(name)) return void res.writeHead(404).end();
    readFile(join(dir, name)).then(
      (bytes) =>
        res
          .writeHead(200, { 'content-type': types[extname(name)] ?? 'application/octet-stream' })
          .end(bytes),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

async function typeKeys(page: Page, count: number): Promise<number[]> {
  await page.evaluate(probes.takeLatencies);
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press(KEYS[i % KEYS.length] === ' ' ? 'Space' : KEYS[i % KEYS.length]!);
    // Let the frame finish so keystrokes do not queue behind each other.
    await page.waitForTimeout(15);
  }
  await page.waitForTimeout(100);
  return page.evaluate(probes.takeLatencies);
}

async function measureTyping(
  page: Page,
  keys: number,
  log: (m: string) => void,
): Promise<{ end: number[]; middle: number[] }> {
  await page.evaluate(probes.installLatencyProbe, BODY);
  const out = { end: [] as number[], middle: [] as number[] };
  for (const where of ['end', 'middle'] as const) {
    const at = await page.evaluate(probes.placeCaret, { selector: BODY, where });
    await page.waitForTimeout(200);
    await typeKeys(page, 10); // warm-up
    out[where] = await typeKeys(page, keys);
    log(`  typed ${keys} keys at the ${where} (${at})`);
  }
  return out;
}

export interface BareResults {
  open: number[];
  parse: number[];
  set: number[];
  typing: { end: number[]; middle: number[] };
  snapshot: number[];
  snapshotBytes: number;
}

export async function benchBare(browser: Browser, input: BrowserBenchInput): Promise<BareResults> {
  const { server, url } = await serveStatic(input.pageDir);
  const json = plainStateJson(input.article);
  const page = await browser.newPage();
  const res: BareResults = {
    open: [],
    parse: [],
    set: [],
    typing: { end: [], middle: [] },
    snapshot: [],
    snapshotBytes: 0,
  };
  try {
    for (let run = 0; run <= input.openRuns; run += 1) {
      await page.goto(url);
      await page.waitForFunction(() => 'bareLexical' in window);
      const r = await page.evaluate((j) => window.bareLexical.open(j), json);
      if (run === 0) continue; // warm-up (disk cache, first compile)
      res.open.push(r.totalMs);
      res.parse.push(r.parseMs);
      res.set.push(r.setMs);
    }
    input.log(
      `  bare Lexical: ${json.length} bytes of state, open median ${summarize(res.open).median.toFixed(1)} ms`,
    );
    res.typing = await measureTyping(page, input.keys, input.log);
    for (let i = 0; i < input.saves + 1; i += 1) {
      const s = await page.evaluate(() => window.bareLexical.snapshotMs());
      if (i > 0) res.snapshot.push(s.toJsonMs + s.stringifyMs);
      res.snapshotBytes = s.bytes;
    }
  } finally {
    await page.close();
    server.close();
  }
  return res;
}

export interface HostProcess {
  url: string;
  child: ChildProcess;
  startedAt: number;
  stop(): Promise<void>;
}

export async function startHost(
  input: Pick<BrowserBenchInput, 'libraryPath' | 'configPath'>,
): Promise<HostProcess> {
  const startedAt = Date.now();
  const child = spawn(process.execPath, ['dist/electron/web-host.js'], {
    env: {
      ...process.env,
      NEWSDESK_LIBRARY: input.libraryPath,
      NEWSDESK_CONFIG_DIR: input.configPath,
      NEWSDESK_PORT: '0',
      NEWSDESK_LANG: 'en',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`web host printed no URL; ${stderr}`)), 20_000);
    child.stdout!.on('data', (c: Buffer) => {
      stdout += c.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}: ${stderr}`));
    });
  });
  return {
    url,
    child,
    startedAt,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function blockCount(article: Article): number {
  return article.body.root.children.length;
}

interface Opened {
  /** Click to painted editable body. */
  ms: number;
  /** Click to the paint that shows the views of the figures and boxes on screen. */
  blocksShownMs: number;
  /** The load's bridge call: round trip, and the host's share of it (Server-Timing). */
  bridge: { roundTripMs: number; hostMs: number } | null;
}

/** Opens `article` from the library list: the time to a painted editable body, or an error. */
async function openInApp(
  page: Page,
  url: string,
  article: Article,
  /** Text in the headlines of the big articles: the article opened first is none of them. */
  avoid: string,
): Promise<Opened | string> {
  await page.goto(url);
  const rows = page.locator('.article-headline');
  const item = rows.getByText(article.headline, { exact: true });
  try {
    await item.waitFor({ timeout: 20_000 });
  } catch {
    return 'the article did not appear in the library list';
  }
  // The app reopens the last open article at start: when that is this one,
  // open a small one first, so that the timed click really loads it (and the
  // block count the timer waits for is not already there).
  const headline = page.locator('textarea.input-headline');
  const reopened = async () =>
    (await headline.count()) > 0 && (await headline.inputValue()) === article.headline;
  await headline.waitFor({ timeout: 2000 }).catch(() => undefined);
  if (await reopened()) {
    await rows.filter({ hasNotText: avoid }).first().click();
    await page.waitForFunction(
      (h) => (document.querySelector('.input-headline') as HTMLTextAreaElement | null)?.value !== h,
      article.headline,
    );
  }
  await page.evaluate(probes.armOpenTimer, {
    selector: BODY,
    minBlocks: Math.floor(blockCount(article) * 0.9),
    timeoutMs: 20_000,
  });
  const errors: string[] = [];
  const onConsole = (m: { type(): string; text(): string }) =>
    m.type() === 'error' && errors.push(m.text());
  page.on('console', onConsole);
  const calls: Request[] = [];
  const onRequest = (request: Request) => {
    if (request.url().endsWith('/api/invoke') && request.postData()?.includes('"article:load"'))
      calls.push(request);
  };
  page.on('request', onRequest);
  await item.click();
  const ms = await page.evaluate(probes.awaitOpen);
  page.off('console', onConsole);
  page.off('request', onRequest);
  if (ms === null) {
    const alert = await page
      .getByRole('alert')
      .allTextContents()
      .catch(() => []);
    return (
      `the body did not become editable with its ${blockCount(article)} blocks within 20 s` +
      (errors.length || alert.length ? `: ${[...alert, ...errors].join(' | ').slice(0, 300)}` : '')
    );
  }
  const blocksShownMs = await page.evaluate(probes.awaitBlocksShown);
  return { ms, blocksShownMs, bridge: await bridgeTiming(calls[0]) };
}

/**
 * The load's round trip as the browser's network stack saw it (without the
 * page↔worker messages on either side), and the host's share of it from the
 * web host's Server-Timing header (request, handler, JSON). Read from
 * Playwright's request events, which report the calls of the page and of its
 * bridge worker alike. Null when there was none.
 */
async function bridgeTiming(
  call: Request | undefined,
): Promise<{ roundTripMs: number; hostMs: number } | null> {
  const response = await call?.response();
  if (!call || !response) return null;
  await response.finished();
  return { roundTripMs: call.timing().responseEnd, hostMs: await hostShareMs(response) };
}

/** The web host's share of a bridge call: the sum of its Server-Timing durations. */
export async function hostShareMs(response: Response): Promise<number> {
  const serverTiming = (await response.headerValue('server-timing')) ?? '';
  return [...serverTiming.matchAll(/dur=([\d.]+)/g)].reduce(
    (sum, match) => sum + Number(match[1]),
    0,
  );
}

export interface AppResults {
  label: string;
  open: number[] | string;
  /** Per timed open: the load's bridge round trip and the host's share of it. */
  openBridge: { roundTripMs: number[]; hostMs: number[] };
  /** Per timed open: click to the paint with the on-screen blocks' views. */
  openBlocksShown: number[];
  typing: { end: number[]; middle: number[] } | string;
  saveTask: number[] | string;
  idleTask: number[];
  /** Saves that ended before the keystroke's idle work did (no window to time). */
  savesSkipped: number;
  saveBytes: number[];
  fileBytes: number | null;
  assetsRewritten: boolean | null;
}

async function assetTimes(dir: string): Promise<string> {
  try {
    const names = (await readdir(dir)).sort();
    const stats = await Promise.all(names.map((n) => stat(join(dir, n))));
    return names.map((n, i) => `${n}:${stats[i]!.mtimeMs}`).join(',');
  } catch {
    return '';
  }
}

async function benchAppArticle(
  browser: Browser,
  host: HostProcess,
  article: Article,
  label: string,
  input: BrowserBenchInput,
): Promise<AppResults> {
  const res: AppResults = {
    label,
    open: [],
    openBridge: { roundTripMs: [], hostMs: [] },
    openBlocksShown: [],
    typing: '',
    saveTask: '',
    idleTask: [],
    savesSkipped: 0,
    saveBytes: [],
    fileBytes: null,
    assetsRewritten: null,
  };
  const page = await browser.newPage();
  try {
    const open: number[] = [];
    for (let run = 0; run <= input.openRuns; run += 1) {
      const opened = await openInApp(page, host.url, article, input.article.headline);
      if (typeof opened === 'string') {
        res.open = res.typing = res.saveTask = opened;
        input.log(`  ${label}: not measured: ${opened}`);
        return res;
      }
      if (run === 0) continue;
      open.push(opened.ms);
      res.openBlocksShown.push(opened.blocksShownMs);
      if (opened.bridge) {
        res.openBridge.roundTripMs.push(opened.bridge.roundTripMs);
        res.openBridge.hostMs.push(opened.bridge.hostMs);
      }
    }
    res.open = open;
    input.log(
      `  ${label}: open median ${summarize(open).median.toFixed(1)} ms, on-screen blocks' views painted at ${summarize(res.openBlocksShown).median.toFixed(1)} ms`,
    );
    res.typing = await measureTyping(page, input.keys, input.log);

    // Autosave: main-thread task time from just after a keystroke to "Saved",
    // minus the task time of an idle window as long (timers, the status clock).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskSeconds = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
        ?.value ?? 0;
    const requests: number[] = [];
    page.on('request', (r) => {
      const body = r.postData();
      if (body?.includes('"article:save"')) requests.push(Buffer.byteLength(body));
    });
    // The bridge may send its body as a Blob, which Playwright cannot see:
    // the page records the sizes of those (probes.recordBlobSaves).
    await page.evaluate(probes.recordBlobSaves);
    await page.evaluate(probes.armSavedWatcher, 'Saved');
    await page.keyboard.press('x');
    const first = await Promise.race([
      page.evaluate(probes.awaitSaved),
      page.waitForTimeout(15_000).then(() => null),
    ]);
    if (first === null) {
      res.saveTask = 'the status never read "Saved" after an edit';
      return res;
    }
    const assetsDir = join(input.libraryPath, article.id, 'assets');
    const assetsBefore = await assetTimes(assetsDir);
    const save: number[] = [];
    for (let attempt = 0; save.length < input.saves && attempt < input.saves * 2; attempt += 1) {
      await page.evaluate(probes.armSavedWatcher, 'Saved');
      await page.evaluate(probes.armCountsWatcher, 600);
      await page.keyboard.press('y');
      // The keystroke's own deferred work is typing's, not the save's: the
      // recount and the spelling check run in the next idle period, which
      // Chromium often grants only after the caret's next blink (≈ 0.5 s), so
      // a window opened 50 ms after the key held them in about half the saves
      // (a frame of ≈ 5 ms each time). The window opens once the counts show
      // the new letter and a frame has painted them.
      if (!(await page.evaluate(probes.awaitCountsSettled))) await page.waitForTimeout(50);
      if ((await page.evaluate(probes.statusText)) === 'Saved') {
        res.savesSkipped += 1; // saved before the window opened: no sample
        await page.waitForTimeout(200);
        continue;
      }
      const a = await taskSeconds();
      const t0 = Date.now();
      await page.evaluate(probes.awaitSaved);
      const b = await taskSeconds();
      const window = Date.now() - t0;
      await page.waitForTimeout(200);
      // The idle window awaits one page.evaluate too, as the save's does
      // (awaitSaved): the probe's own round trip is ≈ 0.6 ms of main-thread
      // tasks, which is Playwright's, not the app's.
      const c = await taskSeconds();
      await page.evaluate(probes.idleFor, window);
      const d = await taskSeconds();
      res.idleTask.push((d - c) * 1000);
      save.push(Math.max(0, (b - a - (d - c)) * 1000));
    }
    res.saveTask = save;
    const blobSaves = await page.evaluate(probes.takeBlobSaves);
    res.saveBytes = [...requests, ...blobSaves].slice(-input.saves);
    res.fileBytes = (await stat(join(input.libraryPath, article.id, 'article.json'))).size;
    res.assetsRewritten =
      assetsBefore === '' ? null : (await assetTimes(assetsDir)) !== assetsBefore;
  } finally {
    await page.close();
  }
  return res;
}

export interface HostStartResults {
  startToEditable: number[] | string;
  hostRssMb: number | null;
}

/** A process's resident memory in MB, from /proc (null where there is none). */
export async function rssOf(pid: number | undefined): Promise<number | null> {
  if (!pid) return null;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

export async function benchApp(
  browser: Browser,
  input: BrowserBenchInput,
): Promise<{ full: AppResults; textOnly: AppResults; start: HostStartResults }> {
  const start: HostStartResults = { startToEditable: [], hostRssMb: null };
  const times: number[] = [];
  // Host start → URL → page → click the article → editable body (3 cold starts).
  for (let run = 0; run < 3; run += 1) {
    const host = await startHost(input);
    const page = await browser.newPage();
    try {
      const opened = await openInApp(page, host.url, input.textOnly, input.article.headline);
      if (typeof opened === 'string') {
        start.startToEditable = opened;
        break;
      }
      times.push(Date.now() - host.startedAt);
      start.hostRssMb = await rssOf(host.child.pid);
    } finally {
      await page.close();
      await host.stop();
    }
  }
  if (typeof start.startToEditable !== 'string') start.startToEditable = times;

  const host = await startHost(input);
  try {
    const full = await benchAppArticle(
      browser,
      host,
      input.article,
      'real editor (10,000 words, 30 figures, 3 related)',
      input,
    );
    const textOnly = await benchAppArticle(
      browser,
      host,
      input.textOnly,
      'real editor, text only (figures and related omitted)',
      input,
    );
    return { full, textOnly, start };
  } finally {
    await host.stop();
  }
}

/**
 * When the views of the figures and boxes on screen were painted (median), for
 * an article that has any: the editor makes them after the text's first paint.
 */
function blocksShownNote(v: AppResults | undefined): string {
  const shown = v?.openBlocksShown ?? [];
  if (shown.length === 0 || typeof v?.open === 'string') return '';
  const missing = shown.filter((ms) => ms < 0).length;
  if (missing > 0)
    return `; in ${missing} of ${shown.length} opens the views of the blocks on screen did not come within 10 s`;
  const open = summarize(v!.open as number[]).median;
  const median = summarize(shown).median;
  return median === open
    ? ''
    : `; the views of the figures and boxes on screen painted at ${median.toFixed(1)} ms median`;
}

/** The load's bridge round trip and the host's share of it (medians), when measured. */
function bridgeNote(v: AppResults | undefined): string {
  const calls = v?.openBridge;
  if (!calls || calls.roundTripMs.length === 0) return '';
  const roundTrip = summarize(calls.roundTripMs).median.toFixed(1);
  return `: ${roundTrip} ms median, of which the host ${summarize(calls.hostMs).median.toFixed(1)} ms by Server-Timing`;
}

export function toSummary(values: number[] | string): Summary | null {
  return typeof values === 'string' || values.length === 0 ? null : summarize(values);
}

export function rowsFromBrowser(
  bare: BareResults,
  app: { full: AppResults; textOnly: AppResults; start: HostStartResults } | string,
): ResultRow[] {
  const rows: ResultRow[] = [];
  const bareOpen = summarize(bare.open);
  const variants = typeof app === 'string' ? [] : [app.full, app.textOnly];
  const whyNot = (v: AppResults | undefined, field: unknown) =>
    typeof app === 'string' ? app : typeof field === 'string' ? field : v ? undefined : 'not run';
  for (const [key, v] of [
    ['full', variants[0]],
    ['text-only', variants[1]],
  ] as const) {
    const suffix = key === 'full' ? '' : ' [interim: text only]';
    for (const where of ['end', 'middle'] as const) {
      const typing = v?.typing;
      rows.push({
        id: `typing.${where}.${key}`,
        metric: `typing latency, ${where} of article${suffix}`,
        unit: 'ms',
        value: typing && typeof typing !== 'string' ? summarize(typing[where]) : null,
        baseline: {
          label: 'bare Lexical, same text as plain paragraphs',
          value: summarize(bare.typing[where]),
        },
        budget: { kind: 'ratio-max', value: 1.2, on: 'p95' },
        note:
          whyNot(v, typing ?? 'not run') ??
          `keydown → next animation frame, ${bare.typing[where].length} keys; ratio on p95`,
      });
    }
    rows.push({
      id: `open.${key}`,
      metric: `open article to editable${suffix}`,
      unit: 'ms',
      value: v ? toSummary(v.open) : null,
      baseline: { label: 'bare Lexical parse + set + paint', value: bareOpen },
      budget: { kind: 'ratio-max', value: 1.3, on: 'median' },
      note:
        whyNot(v, v?.open ?? 'not run') ??
        `click on the library item → body editable with its blocks → next paint (includes the bridge round trip${bridgeNote(v)})${blocksShownNote(v)}; bare: parse ${summarize(bare.parse).median.toFixed(1)} + set ${summarize(bare.set).median.toFixed(1)} ms median; ratio on median`,
    });
    rows.push({
      id: `autosave.task.${key}`,
      metric: `autosave main-thread time per save${suffix}`,
      unit: 'ms',
      value: v ? toSummary(v.saveTask) : null,
      baseline: { label: 'bare Lexical toJSON + JSON.stringify', value: summarize(bare.snapshot) },
      budget: { kind: 'abs-max', value: 4, on: 'median' },
      note:
        whyNot(v, v?.saveTask ?? 'not run') ??
        `CDP TaskDuration from the keystroke's recount (its idle work) until the status reads Saved, minus an idle window of the same length that awaits one page.evaluate as the save's window does (idle median ${summarize(v!.idleTask).median.toFixed(2)} ms; ${v!.savesSkipped} saves ended first and were not timed); includes the debounce timer, snapshot, delta, request, answer and the frame that shows Saved`,
    });
    if (v && typeof v.saveTask !== 'string') {
      rows.push({
        id: `autosave.bytes.${key}`,
        metric: `autosave bytes per save${suffix}`,
        unit: 'KB',
        value: v.saveBytes.length ? summarize(v.saveBytes.map((b) => b / 1024)) : null,
        baseline: {
          label: 'bare Lexical state JSON',
          value: { median: bare.snapshotBytes / 1024, p95: bare.snapshotBytes / 1024, n: 1 },
        },
        note: `request body of article:save; article.json on disk ${((v.fileBytes ?? 0) / 1024).toFixed(0)} KB; images rewritten by saves: ${v.assetsRewritten === null ? 'n/a (no assets)' : v.assetsRewritten ? 'YES' : 'no'}`,
      });
    }
  }
  const start = typeof app === 'string' ? app : app.start.startToEditable;
  rows.push({
    id: 'host.start-to-editable',
    metric: 'web host start → editable article',
    unit: 'ms',
    value: toSummary(start),
    note:
      typeof start === 'string'
        ? start
        : `spawn of dist/electron/web-host.js → URL printed → page load → click the (text-only) article → editable; ${start.length} cold starts; host RSS afterwards ${typeof app === 'string' || app.start.hostRssMb === null ? '?' : app.start.hostRssMb.toFixed(0)} MB`,
  });
  return rows;
}

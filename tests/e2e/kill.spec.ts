/**
 * THE KILL TEST (issue #6, DESIGN.md "Reliability"): type continuously into a
 * large article in Chromium and SIGKILL the web host at random moments,
 * including while ~250 KB saves are in flight. After every kill:
 *  - every article.json and every journal entry parses, and the article holds
 *    either the content of the last acknowledged save (or what was there
 *    before) or that of a save sent after it — never anything else;
 *  - after a restart (and accepting the recovery dialog when it is offered),
 *    everything the host had acknowledged — saves and journal writes, which the
 *    renderer sends about a second after typing, also during continuous typing —
 *    is back, and nothing that was never sent.
 * NEWSDESK_KILL_COUNT sets the number of kills (50 by default, as in CI);
 * NEWSDESK_KILL_SEED replays a run's random moments.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { cp, mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { applyArticleDelta, articleDeltaSchema } from '../../shared/article/article-delta';
import { articleSchema, type Article } from '../../shared/article/schema';
import { libraryJournalDir } from '../../electron/services/recovery-journal';
import { bodyText, largeArticle, writeArticle } from './support/article-fixture';
import { makeHostDirs, startWebHostProcess, type WebHostProcess } from './support/web-host';

const KILLS = Number(process.env.NEWSDESK_KILL_COUNT ?? 50);
const SEED = Number(process.env.NEWSDESK_KILL_SEED ?? Date.now() % 1_000_000);
const ARTICLE_ID = 'kill-test-article-0001';
/** One step of a round (a restart, a reload) failing fails the test at once, not at the end. */
const STEP_TIMEOUT_MS = 30_000;
const HEADLINE = 'Bài dài để thử tắt đột ngột';

/** mulberry32: small, seedable, good enough to pick moments. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One bridge call as the test records it. `article` or `delta` is the JSON of
 * what the request carried ("null" for the other); `revision` is what an
 * acknowledged save answered.
 */
interface Recorded {
  channel: string;
  article: string;
  delta: string;
  acked: boolean;
  revision: string | null;
  /** For a call that answers an article and its revision (load, create, restore): that article, as JSON. */
  opened: string | null;
}

interface Call {
  record: Recorded | null;
  /** A call whose body the test could not read (a Blob the page sent) was answered ok. */
  unreadableAcked: boolean;
  /** Settles once the answer is in or the request failed; never rejects. */
  done: Promise<void>;
}

/**
 * Records one bridge request and, once its whole answer is in, whether the
 * host acknowledged it. The bridge worker sends its bodies as strings, which
 * Playwright reads; the page's own fallback sends a large body as a Blob, which
 * it cannot: such a call is only allowed to fail (it is sent while the page is
 * being left, after the kill), and takeSent fails the test if one was answered.
 */
function recordCall(request: Request): Call {
  const body = request.postData();
  let message: { channel?: unknown; request?: { article?: unknown; delta?: unknown } } | null =
    null;
  try {
    message = body === null ? null : JSON.parse(body);
  } catch {
    // Not a bridge call.
  }
  const channel = typeof message?.channel === 'string' ? message.channel : null;
  const record: Recorded | null =
    channel === null
      ? null
      : {
          channel,
          // A save or journal write carries the article or a delta of the last
          // acknowledged save or of the version opened (shared/article/article-delta.ts);
          // any other call may answer an article the session then edits (load,
          // create, journal:restore): a base for the deltas after it.
          article: JSON.stringify(message?.request?.article ?? null),
          delta: JSON.stringify(message?.request?.delta ?? null),
          acked: false,
          revision: null,
          opened: null,
        };
  const call: Call = { record, unreadableAcked: false, done: Promise.resolve() };
  call.done = (async () => {
    try {
      const response = await request.response();
      if (!response) return; // failed: the host was gone
      const result = await response.json();
      if (body === null) {
        call.unreadableAcked = result?.ok === true;
        return;
      }
      if (!record || !result.ok) return;
      const saving = record.channel === 'article:save';
      record.acked = saving || result.value?.written === true;
      if (saving) record.revision = result.value.revision;
      const opened = saving ? null : result.value;
      if (opened?.article && typeof opened.revision === 'string') {
        record.revision = opened.revision;
        record.opened = JSON.stringify(opened.article);
      }
    } catch {
      // The answer was cut off by the kill: not acknowledged.
    }
  })();
  return call;
}

interface Sent {
  channel: 'article:save' | 'journal:write';
  text: string;
  acked: boolean;
}

/** Where two texts part, with some context of each: what a failure message needs. */
function firstDifference(expected: string, actual: string): string {
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at += 1;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 60), at + 60));
  return `first difference at ${at}: expected …${around(expected)}…, got …${around(actual)}…`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function diskArticleText(file: string): Promise<string> {
  const raw = await readFile(file, 'utf8');
  // Throws (fails the test) unless the whole file is a valid article.
  return bodyText(articleSchema.parse(JSON.parse(raw)));
}

/** Journal entries on disk (all must parse), by article id. */
async function journalTexts(recoveryDir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const names = await readdir(recoveryDir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith('.journal.json'))) {
    const entry = JSON.parse(await readFile(path.join(recoveryDir, name), 'utf8'));
    texts.set(entry.articleId, bodyText(articleSchema.parse(entry.article)));
  }
  return texts;
}

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Whether the caret is collapsed at the very end of the body's text. */
async function caretAtEndOfBody(page: Page): Promise<boolean> {
  return page.getByRole('textbox', { name: 'Article body' }).evaluate((body) => {
    const selection = window.getSelection();
    if (!selection || !selection.isCollapsed || !selection.anchorNode) return false;
    if (!body.contains(selection.anchorNode)) return false;
    const range = document.createRange();
    range.selectNodeContents(body);
    range.setStart(selection.anchorNode, selection.anchorOffset);
    return range.toString().replace(/\u200b/g, '') === '';
  });
}

/**
 * Puts the caret at the very end of the body (the last paragraph), where the
 * test types: the checks below rely on typing only ever appending. `End` alone
 * is not enough: it goes to the end of the visual LINE, and the last paragraph
 * grows over several lines during a run, so a click in its middle line followed
 * by `End` made the test type in the middle of the paragraph.
 */
async function openArticleAtEnd(page: Page): Promise<void> {
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body).toContainText('Cuối bài:', { timeout: STEP_TIMEOUT_MS });
  const last = body.locator('p').last();
  await last.scrollIntoViewIfNeeded();
  await last.click();
  await expect(async () => {
    await page.keyboard.press(`${mod}+End`);
    expect(await caretAtEndOfBody(page)).toBe(true);
  }).toPass({ timeout: STEP_TIMEOUT_MS });
}

test('killing the host at random moments never loses acknowledged text', async ({ page }) => {
  test.setTimeout(60_000 + KILLS * 10_000);
  test.info().annotations.push({ type: 'seed', description: String(SEED) });
  const rand = random(SEED);
  const dirs = await makeHostDirs();
  const recoveryDir = libraryJournalDir(path.join(dirs.config, 'recovery'), dirs.library);
  const articleFile = path.join(dirs.library, ARTICLE_ID, 'article.json');
  await writeArticle(dirs.library, largeArticle(ARTICLE_ID, HEADLINE, 380));
  // A private copy of the built app: other work rebuilding dist/ during these
  // minutes must not pull the renderer from under the test.
  const appCopy = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-kill-app-'));
  await cp('dist', path.join(appCopy, 'dist'), { recursive: true });
  await symlink(path.resolve('node_modules'), path.join(appCopy, 'node_modules'), 'dir');
  const hostScript = path.join(appCopy, 'dist', 'electron', 'web-host.js');
  const startedAt = Date.now();

  // What the renderer sent, recorded from the browser's network events, which
  // report the bridge calls of the page and of its bridge worker alike; takeSent
  // waits until every recorded call has its answer or has failed. The page's and
  // the worker's events come over separate DevTools sessions, so their order is
  // only the order of each; the checks need no more: saves go one at a time, and
  // a delta's base was answered before the delta was sent. A call whose event
  // has not arrived when takeSent runs (sent at the kill) can only have failed,
  // and is counted in the next round.
  const calls: Call[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/invoke')
      calls.push(recordCall(request));
  });
  const takeSent = async (): Promise<Sent[]> => {
    const taken = calls.splice(0);
    const settled = Promise.all(taken.map((call) => call.done)).then(() => true);
    const stuck = sleep(15_000).then(() => false);
    if (!(await Promise.race([settled, stuck])))
      throw new Error('A bridge request neither got its answer nor failed within 15 s');
    if (taken.some((call) => call.unreadableAcked))
      throw new Error('The host acknowledged a bridge call whose body the test could not read');
    const raw = taken.flatMap((call) => (call.record ? [call.record] : []));
    return raw.flatMap((record) => {
      if (record.opened !== null && record.revision !== null) {
        savedByRevision.set(record.revision, articleSchema.parse(JSON.parse(record.opened)));
        return [];
      }
      if (record.channel !== 'article:save' && record.channel !== 'journal:write') return [];
      const article = sentArticle(record);
      if (record.revision !== null) savedByRevision.set(record.revision, article);
      return [
        {
          channel: record.channel as Sent['channel'],
          text: bodyText(article),
          acked: record.acked,
        },
      ];
    });
  };
  /**
   * Saves the host acknowledged and versions it opened, by revision: a delta
   * names one of them as its base, and is rebuilt here with the app's own
   * applyArticleDelta (the host applies the same function to its copy).
   */
  const savedByRevision = new Map<string, Article>();
  let deltasSent = 0;
  const sentArticle = (record: { article: string; delta: string }): Article => {
    const whole = JSON.parse(record.article) as unknown;
    if (whole !== null) return articleSchema.parse(whole);
    const delta = articleDeltaSchema.parse(JSON.parse(record.delta));
    // Counted for the report only: whether a round sends a second save or a
    // journal write after an acknowledged save depends on where the kills land.
    deltasSent += 1;
    const base = savedByRevision.get(delta.base);
    if (!base) {
      throw new Error(`A delta names ${delta.base}, which no acknowledged save or load answered`);
    }
    const applied = applyArticleDelta(base, delta);
    if (!applied.ok) throw new Error(applied.message);
    return articleSchema.parse(applied.article);
  };

  let host: WebHostProcess = await startWebHostProcess(dirs, {}, hostScript);
  let dialogs = 0;
  let maxLostChars = 0;
  try {
    await page.goto(host.url);
    await page.getByRole('button', { name: new RegExp(`^${HEADLINE}`) }).click();
    await openArticleAtEnd(page);
    let diskText = await diskArticleText(articleFile);
    let word = 0;

    for (let kill = 0; kill < KILLS; kill++) {
      await takeSent();

      // Type in bursts: continuous typing, with pauses long enough now and then
      // for the autosave to start a (large) save, so kills land mid-save too.
      let typing = true;
      const typist = (async () => {
        while (typing) {
          word += 1;
          await page.keyboard.insertText(` chữ${word}`);
          // A pause ends early when the host dies, so the next round starts at once.
          const pauseUntil = Date.now() + (rand() < 0.08 ? 700 + rand() * 500 : 15 + rand() * 40);
          while (typing && Date.now() < pauseUntil) await sleep(10);
        }
      })();
      await sleep(150 + rand() * 1350);
      const exited = new Promise((resolve) => host.child.once('exit', resolve));
      host.child.kill('SIGKILL');
      await exited;
      typing = false;
      await typist;
      const inEditor = await page
        .getByRole('textbox', { name: 'Article body' })
        .evaluate((element) => (element as HTMLElement).innerText.length);
      const sent = await takeSent();
      // The checks below rely on typing only ever appending to the body.
      const lastParagraph = await page
        .getByRole('textbox', { name: 'Article body' })
        .locator('p')
        .last()
        .evaluate((element) => (element as HTMLElement).innerText.trimEnd());
      expect(
        lastParagraph.endsWith(` chữ${word}`),
        `kill ${kill}: the typing did not land at the end of the body: …${lastParagraph.slice(-120)}`,
      ).toBe(true);

      // 1. The file is whole: the last acknowledged content or a newer one that was sent.
      const onDisk = await diskArticleText(articleFile);
      const saves = sent.filter((record) => record.channel === 'article:save');
      const lastAcked = saves.map((record) => record.acked).lastIndexOf(true);
      const allowed = new Set([
        lastAcked >= 0 ? saves[lastAcked]!.text : diskText,
        ...saves.slice(lastAcked + 1).map((record) => record.text),
      ]);
      expect(allowed.has(onDisk), `kill ${kill}: article.json holds unexpected content`).toBe(true);

      // 2. Everything acknowledged must come back (texts only grow: typing appends).
      const mustRecover = [diskText, ...sent.filter((r) => r.acked).map((r) => r.text)].reduce(
        (longest, text) => (text.length > longest.length ? text : longest),
      );
      const journaled = (await journalTexts(recoveryDir)).get(ARTICLE_ID);

      host = await startWebHostProcess(dirs, {}, hostScript);
      await page.goto(host.url);
      if (journaled !== undefined && journaled !== onDisk) {
        dialogs += 1;
        const dialog = page.getByRole('dialog', { name: 'Unsaved edits were found' });
        await dialog
          .getByRole('button', { name: 'Restore unsaved edits' })
          .click({ timeout: STEP_TIMEOUT_MS });
        await expect(dialog).toBeHidden();
      } else {
        await page
          .getByRole('button', { name: new RegExp(`^${HEADLINE}`) })
          .click({ timeout: STEP_TIMEOUT_MS });
      }
      await openArticleAtEnd(page);

      const recovered = await diskArticleText(articleFile);
      expect(
        recovered.startsWith(mustRecover),
        `kill ${kill}: acknowledged text was lost (had ${mustRecover.length} characters, got ${recovered.length}); ${firstDifference(mustRecover, recovered)}`,
      ).toBe(true);
      const sentTexts = new Set([diskText, ...sent.map((record) => record.text)]);
      expect(sentTexts.has(recovered), `kill ${kill}: recovered text was never sent`).toBe(true);
      maxLostChars = Math.max(maxLostChars, inEditor - recovered.length);
      diskText = recovered;
    }
    // The journal must have done real work, not only the autosave.
    expect(dialogs).toBeGreaterThan(0);
    test.info().annotations.push({
      type: 'recovery',
      description: `${KILLS} kills in ${Math.round((Date.now() - startedAt) / 1000)} s, ${dialogs} recovered from the journal, ${deltasSent} delta requests, at most ${maxLostChars} characters of typing lost`,
    });
  } finally {
    await host.stop();
    await dirs.cleanup();
    await rm(appCopy, { recursive: true, force: true });
  }
});

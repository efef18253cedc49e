/**
 * Library of 10,000 articles (main process, plain Node): ArticleStore.list(),
 * LibrarySearch build and query latency against a naive filter over folded
 * strings measured in the same run, and process memory after listing.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleStore } from '../../electron/services/article-store';
import { INDEX_FOLDER_NAME } from '../../electron/services/library-index';
import type { ArticleSummary } from '../../shared/article/schema';
import { LibrarySearch } from '../../shared/search/library-search';
import { foldDiacritics } from '../../shared/text/fold';
import { summarize, timeRuns, type ResultRow } from '../lib/stats';

/** What users type: unaccented words, accented words, prefixes as they are typed, common syllables. */
export const QUERY_MIX: readonly string[] = [
  // unaccented, whole words
  'ha noi',
  'gia vang',
  'bac giang',
  'cao toc bac nam',
  'hoc phi',
  'lai suat',
  'nguoi dan',
  'sat lo',
  'metro',
  'xang dau',
  'bao hiem y te',
  'da nang',
  // accented
  'Hà Nội',
  'giá vàng',
  'Bắc Giang',
  'học phí đại học',
  'người dân',
  'sạt lở bờ sông',
  'Đà Nẵng',
  // prefixes, keystroke by keystroke
  'n',
  'ng',
  'ngu',
  'nguo',
  'nguoi',
  'h',
  'ha',
  'ha n',
  'ha no',
  'b',
  'ba',
  'bac',
  'bac g',
  'bac gi',
  'c',
  'ca',
  'cao',
  'cao t',
  'cao to',
  'đ',
  'đư',
  'đườ',
  'đường',
  // very common syllables
  'cua',
  'nam',
  'của',
  'năm',
  'tai',
  'tỉnh',
  // misses
  'zzz',
  'iphone 17',
];

function naiveSearch(folded: readonly string[], ids: readonly string[], query: string): string[] {
  const terms = foldDiacritics(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < folded.length; i += 1) {
    const text = folded[i] as string;
    if (terms.every((t) => text.includes(t))) out.push(ids[i] as string);
  }
  return out.slice(0, 50);
}

export async function benchLibrary(
  libraryPath: string,
  count: number,
  words: number,
): Promise<ResultRow[]> {
  const rows: ResultRow[] = [];
  let articles: ArticleSummary[] = [];
  const listWith = async (store: ArticleStore) => {
    const result = await store.list();
    if (!result.ok) throw new Error(result.error.message);
    articles = result.value.articles;
    await store.flushIndex();
  };
  const indexDir = join(libraryPath, INDEX_FOLDER_NAME);
  const listRuns = async (runs: number, prepare: () => Promise<ArticleStore>) => {
    const times: number[] = [];
    for (let run = 0; run <= runs; run += 1) {
      const store = await prepare();
      const start = performance.now();
      const result = await store.list();
      const ms = performance.now() - start;
      if (!result.ok) throw new Error(result.error.message);
      articles = result.value.articles;
      // The index write that follows a list is not part of "list shown", but it
      // must not overlap the next run.
      await store.flushIndex();
      if (run > 0) times.push(ms);
    }
    return times;
  };
  // First start of this version: no index, every article.json read (header only).
  const coldTimes = await listRuns(3, async () => {
    await rm(indexDir, { recursive: true, force: true });
    return new ArticleStore({ libraryPath });
  });
  // Every later start: the index is on disk, each article.json is only stat'ed.
  await listWith(new ArticleStore({ libraryPath }));
  const warmTimes = await listRuns(7, async () => new ArticleStore({ libraryPath }));
  // A refresh while the app runs (after a restore): the index is in memory.
  const resident = new ArticleStore({ libraryPath });
  await listWith(resident);
  const refreshTimes = await listRuns(7, async () => resident);
  if (articles.length !== count) throw new Error(`listed ${articles.length} of ${count} articles`);
  const common = `${count} articles of ${words} words each; warm page cache; main-process part of "list shown" (the sidebar's render is not included)`;
  rows.push({
    id: 'library.list',
    metric: `ArticleStore.list(), ${count} articles, start with index`,
    unit: 'ms',
    value: summarize(warmTimes),
    budget: { kind: 'abs-max', value: 200, on: 'median' },
    note: `${common}; fresh store, index.json present: readdir + index read + stat of each article.json; 1 warm-up + 7 runs`,
  });
  rows.push({
    id: 'library.list.cold',
    metric: `ArticleStore.list(), ${count} articles, first start (no index)`,
    unit: 'ms',
    value: summarize(coldTimes),
    note: `${common}; .newsdesk/ removed before each run: every article.json read, header fields validated; 1 warm-up + 3 runs; once per library`,
  });
  rows.push({
    id: 'library.list.refresh',
    metric: `ArticleStore.list(), ${count} articles, refresh (index in memory)`,
    unit: 'ms',
    value: summarize(refreshTimes),
    note: `${common}; same store again: readdir + stat of each article.json; 1 warm-up + 7 runs`,
  });

  (globalThis as { gc?: () => void }).gc?.();
  const mem = process.memoryUsage();

  let search = new LibrarySearch();
  const buildTimes = await timeRuns(5, () => {
    search = new LibrarySearch(articles);
  });
  rows.push({
    id: 'library.search.build',
    metric: `LibrarySearch build, ${count} articles`,
    unit: 'ms',
    value: summarize(buildTimes),
  });

  const folded = articles.map((a) => foldDiacritics(`${a.headline} ${a.sapo}`));
  const ids = articles.map((a) => a.id);
  const indexTimes: number[] = [];
  const naiveTimes: number[] = [];
  // Interleaved, repeated: both see the same machine noise.
  for (let round = 0; round < 11; round += 1) {
    for (const query of QUERY_MIX) {
      let start = performance.now();
      search.search(query);
      const t1 = performance.now() - start;
      start = performance.now();
      naiveSearch(folded, ids, query);
      const t2 = performance.now() - start;
      if (round > 0) {
        indexTimes.push(t1);
        naiveTimes.push(t2);
      }
    }
  }
  rows.push({
    id: 'library.search.query',
    metric: `diacritic-insensitive search, ${count} articles`,
    unit: 'ms',
    value: summarize(indexTimes),
    baseline: { label: 'naive filter over folded strings', value: summarize(naiveTimes) },
    budget: { kind: 'abs-max', value: 30, on: 'p95' },
    note: `${QUERY_MIX.length} queries (unaccented, accented, keystroke prefixes, common syllables, misses) × 10 rounds after 1 warm-up; baseline ranks nothing, it only filters`,
  });

  rows.push({
    id: 'library.memory.rss',
    metric: 'bench process RSS after list',
    unit: 'MB',
    value: { median: mem.rss / 1e6, p95: mem.rss / 1e6, n: 1 },
    note: `heapUsed ${(mem.heapUsed / 1e6).toFixed(1)} MB after gc; this Node process holds the store and the listing, like the main process`,
  });
  rows.push({
    id: 'library.memory.heap',
    metric: 'bench process heapUsed after list',
    unit: 'MB',
    value: { median: mem.heapUsed / 1e6, p95: mem.heapUsed / 1e6, n: 1 },
  });
  return rows;
}

/**
 * `npm run bench` entry (bundled by scripts/bench.js). Runs every benchmark,
 * writes bench-results/latest.json and prints the table. docs/benchmarks.md
 * explains the rows.
 *
 * Options: --quick (smaller sizes, for trying the harness), --only=library,export,browser,
 * --seed=<seed>.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serializeArticle } from '../electron/services/article-store';
import type { Article } from '../shared/article/schema';
import { generateArticle, generatedId, generateLibrary, createRng, writeImages } from './generate';
import { benchApp, benchBare, launch, rowsFromBrowser } from './browser/bench';
import { benchLibraryInApp, rowsFromLibraryInApp } from './browser/library-in-app';
import { benchPasteInApp, rowsFromPasteInApp } from './browser/paste-in-app';
import { benchExport } from './main/export';
import { benchLibrary } from './main/library';
import { evaluate, formatTable, type ResultRow } from './lib/stats';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = args.includes('--quick');
const only = new Set((flag('only') ?? 'library,export,browser').split(','));
const seed = flag('seed') ?? 'newsdesk-bench-1';

const SIZES = quick
  ? {
      library: 1_000,
      libraryWords: 300,
      exportCount: 40,
      exportBaseline: 10,
      keys: 40,
      openRuns: 3,
      saves: 3,
    }
  : {
      library: 10_000,
      libraryWords: 300,
      exportCount: 1_000,
      exportBaseline: 50,
      keys: 200,
      openRuns: 7,
      saves: 20,
    };

const log = (m: string) => console.log(m);

async function cachedLibrary(): Promise<string> {
  // Generated once per seed and size, reused between runs (list() writes only its
  // summary index, .newsdesk/index.json, which the library bench removes and rebuilds).
  const dir = path.join(
    os.tmpdir(),
    `newsdesk-bench-library-${seed}-${SIZES.library}-${SIZES.libraryWords}`,
  );
  if (existsSync(path.join(dir, '.complete'))) return dir;
  await rm(dir, { recursive: true, force: true });
  log(`generating a library of ${SIZES.library} articles in ${dir} …`);
  const t = performance.now();
  await generateLibrary(dir, SIZES.library, seed, {
    words: SIZES.libraryWords,
    figures: 1,
    related: 1,
    images: false,
  });
  await writeFile(path.join(dir, '.complete'), '');
  log(`  generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return dir;
}

async function appLibrary(
  root: string,
): Promise<{ article: Article; textOnly: Article; libraryPath: string }> {
  const libraryPath = path.join(root, 'library');
  const rng = createRng(`${seed}/app`);
  const id = generatedId(rng);
  await mkdir(path.join(libraryPath, id), { recursive: true });
  const assets = await writeImages(path.join(libraryPath, id), `${seed}/app-images`, 30);
  const { article } = generateArticle(`${seed}/app-article`, {
    words: 10_000,
    figures: 30,
    related: 3,
    id,
    assets,
  });
  await writeFile(path.join(libraryPath, id, 'article.json'), serializeArticle(article));
  const textOnly: Article = {
    ...article,
    id: generatedId(rng),
    headline: `Bản chữ: ${article.headline}`,
    body: {
      ...article.body,
      root: {
        ...article.body.root,
        children: article.body.root.children.filter(
          (n) => n.type !== 'figure' && n.type !== 'related-news',
        ),
      },
    },
  };
  await mkdir(path.join(libraryPath, textOnly.id), { recursive: true });
  await writeFile(path.join(libraryPath, textOnly.id, 'article.json'), serializeArticle(textOnly));
  // A few ordinary articles so the list is not trivially short.
  await generateLibrary(path.join(libraryPath), 20, `${seed}/app-others`, {
    words: 300,
    figures: 1,
    related: 1,
  });
  return { article, textOnly, libraryPath };
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const rows: ResultRow[] = [];
  const errors: string[] = [];
  const step = async (name: string, fn: () => Promise<ResultRow[]>) => {
    if (!only.has(name)) return;
    log(`\n== ${name}`);
    try {
      rows.push(...(await fn()));
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      errors.push(`${name}: ${message}`);
      console.error(`${name} failed: ${message}`);
    }
  };

  await step('library', async () =>
    benchLibrary(await cachedLibrary(), SIZES.library, SIZES.libraryWords),
  );
  await step('export', () => benchExport(seed, SIZES.exportCount, SIZES.exportBaseline, log));
  await step('browser', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-bench-app-'));
    const browser = await launch();
    try {
      const { article, textOnly, libraryPath } = await appLibrary(root);
      const input = {
        article,
        textOnly,
        libraryPath,
        configPath: path.join(root, 'config'),
        pageDir: path.resolve('bench-results/.build/pages/bare-lexical'),
        keys: SIZES.keys,
        openRuns: SIZES.openRuns,
        saves: SIZES.saves,
        log,
      };
      log('bare Lexical …');
      const bare = await benchBare(browser, input);
      let app: Awaited<ReturnType<typeof benchApp>> | string;
      let library: Awaited<ReturnType<typeof benchLibraryInApp>> | string;
      let paste: Awaited<ReturnType<typeof benchPasteInApp>> | string;
      if (!existsSync('dist/electron/web-host.js') || !existsSync('dist/renderer/index.html')) {
        app =
          library =
          paste =
            'the app is not built (dist/electron/web-host.js or dist/renderer missing): run npm run build';
      } else {
        log('real app through the web host …');
        try {
          app = await benchApp(browser, input);
        } catch (error) {
          app = `the app run failed: ${error instanceof Error ? error.message : String(error)}`;
        }
        log(`the library of ${SIZES.library} articles in the app …`);
        try {
          library = await benchLibraryInApp(browser, {
            libraryPath: await cachedLibrary(),
            configPath: path.join(root, 'config-library'),
            runs: SIZES.openRuns,
            log,
          });
        } catch (error) {
          library = `the library run failed: ${error instanceof Error ? error.message : String(error)}`;
        }
        log('a Word page pasted into the app …');
        try {
          paste = await benchPasteInApp(browser, {
            libraryPath: path.join(root, 'library-paste'),
            configPath: path.join(root, 'config-paste'),
            pageDir: input.pageDir,
            runs: SIZES.openRuns,
            paragraphs: 500,
            log,
          });
        } catch (error) {
          paste = `the paste run failed: ${error instanceof Error ? error.message : String(error)}`;
        }
      }
      return [
        ...rowsFromBrowser(bare, app),
        ...rowsFromLibraryInApp(library, SIZES.library),
        ...rowsFromPasteInApp(paste),
      ];
    } finally {
      await browser.close();
      await rm(root, { recursive: true, force: true });
    }
  });

  const evaluated = rows.map(evaluate);
  const result = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    seed,
    quick,
    machine: {
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '?',
      memoryGb: Math.round(os.totalmem() / 1e9),
    },
    sizes: SIZES,
    rows: evaluated,
    errors,
  };
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  log(`\n${formatTable(evaluated)}`);
  if (errors.length) log(`\nErrors:\n${errors.join('\n')}`);
  log('\nwritten: bench-results/latest.json');
  // A benchmark reports; it does not gate. Exit non-zero only when a step crashed.
  process.exitCode = errors.length ? 1 : 0;
}

await main();

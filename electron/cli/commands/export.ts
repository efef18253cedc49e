/**
 * `newsdesk export <article-folder|library-folder> --out <dir> [--format page|fragment]`
 * (DESIGN.md "Contracts: CLI"). Each article goes through the same export
 * service as the app's Export command: `<out>/<slug>/index.html` plus
 * `<out>/<slug>/images/`, each written whole or not at all. A damaged article
 * is reported and the others are still exported; the exit code is 1 when any
 * failed.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ArticleSummary, DamagedArticle } from '../../../shared/article/schema';
import { linkResolverFor, planExportSlugs } from '../../../shared/export/export-plan';
import { ARTICLE_FILE_NAME, ArticleStore } from '../../services/article-store';
import { exportArticle, type ExportFormat } from '../../services/article-export';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliCommand, type CliIo } from '../command';

const USAGE = [
  'Usage: newsdesk export <article-folder|library-folder> --out <dir> [--format page|fragment]',
  '',
  'Exports one article (a folder holding article.json) or every article of a library',
  'to <dir>/<slug>/index.html, with its images in <dir>/<slug>/images/.',
  '',
  'Options:',
  '  --out <dir>        where to write (created if missing)',
  '  --format <format>  page: a whole HTML document (default); fragment: the <article> element alone',
].join('\n');

/** Below this many articles a progress line per article is noise. */
const PROGRESS_THRESHOLD = 2;

interface Failure {
  id: string;
  reason: string;
}

interface ExportJob {
  /** The library the articles live in (their images are in `<library>/<id>/assets/`). */
  libraryPath: string;
  /** The articles to export. */
  ids: string[];
  /** Every readable article of the library, for slugs and related-news links. */
  summaries: ArticleSummary[];
  damaged: DamagedArticle[];
}

function parse(args: string[]): { source: string; outDir: string; format: ExportFormat } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string', short: 'o' }, format: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { positionals, values } = parsed;
  if (positionals.length === 0)
    throw new UsageError('name the article or library folder to export.');
  if (positionals.length > 1) {
    throw new UsageError(`export takes one folder, not ${positionals.length}.`);
  }
  if (values.out === undefined || values.out.trim() === '') {
    throw new UsageError('--out <dir> is required.');
  }
  const format = values.format ?? 'page';
  if (format !== 'page' && format !== 'fragment') {
    throw new UsageError(`--format must be "page" or "fragment", not "${format}".`);
  }
  return { source: path.resolve(positionals[0]!), outDir: path.resolve(values.out), format };
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

async function listLibrary(libraryPath: string): Promise<Omit<ExportJob, 'ids'>> {
  const listing = await new ArticleStore({ libraryPath }).list();
  if (!listing.ok) throw new Error(listing.error.message);
  return { libraryPath, summaries: listing.value.articles, damaged: listing.value.damaged };
}

/** One article folder, or a library: told apart by the article.json an article folder holds. */
async function planJob(source: string): Promise<ExportJob> {
  let info;
  try {
    info = await stat(source);
  } catch {
    throw new UsageError(`${source} does not exist.`);
  }
  if (!info.isDirectory()) {
    throw new UsageError(`${source} is not a folder: give an article folder or a library folder.`);
  }
  if (await isFile(path.join(source, ARTICLE_FILE_NAME))) {
    // Its library is the parent folder: related-news links to the article's
    // siblings resolve there, and the store checks the folder name is its id.
    const id = path.basename(source);
    const library = await listLibrary(path.dirname(source));
    const damaged = library.damaged.filter((entry) => entry.id === id);
    const known = library.summaries.some((summary) => summary.id === id);
    if (!known && damaged.length === 0) {
      damaged.push({
        id,
        code: 'invalid',
        message: `${source} is not named by the id in its ${ARTICLE_FILE_NAME}; rename the folder to the article's id.`,
      });
    }
    return { ...library, ids: known ? [id] : [], damaged };
  }
  const library = await listLibrary(source);
  if (library.summaries.length === 0 && library.damaged.length === 0) {
    throw new UsageError(
      `${source} holds no ${ARTICLE_FILE_NAME} and no article folders: give an article folder or a library folder.`,
    );
  }
  return { ...library, ids: library.summaries.map((summary) => summary.id).sort() };
}

async function runExport(args: string[], io: CliIo): Promise<number> {
  const { source, outDir, format } = parse(args);
  const job = await planJob(source);
  const store = new ArticleStore({ libraryPath: job.libraryPath });
  const slugs = planExportSlugs(job.summaries);
  const resolveArticleLink = linkResolverFor(job.summaries, slugs);

  const failures: Failure[] = job.damaged.map((entry) => ({ id: entry.id, reason: entry.message }));
  for (const failure of failures)
    io.stderr(`newsdesk export: skipped ${failure.id}: ${failure.reason}`);

  const total = job.ids.length;
  let exported = 0;
  for (const [index, id] of job.ids.entries()) {
    const slug = slugs.get(id)!;
    if (total >= PROGRESS_THRESHOLD) io.stderr(`[${index + 1}/${total}] ${slug}`);
    const loaded = await store.load(id);
    const result = loaded.ok
      ? await exportArticle({
          article: loaded.value.article,
          libraryPath: job.libraryPath,
          outDir,
          slug,
          format,
          resolveArticleLink,
        })
      : loaded;
    if (result.ok) {
      exported += 1;
    } else {
      failures.push({ id, reason: result.error.message });
      io.stderr(`newsdesk export: failed ${id}: ${result.error.message}`);
    }
  }

  const noun = (count: number) => (count === 1 ? 'article' : 'articles');
  io.stdout(
    `Exported ${exported} ${noun(exported)} to ${outDir}` +
      (failures.length === 0 ? '.' : `; ${failures.length} failed:`),
  );
  for (const failure of failures) io.stdout(`  ${failure.id}: ${failure.reason}`);
  return failures.length === 0 ? EXIT_OK : EXIT_FAILED;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export articles as publication HTML with their images',
  usage: USAGE,
  run: runExport,
};

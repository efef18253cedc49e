/**
 * `newsdesk export <article-folder|library-folder> --out <dir> [--format page|fragment]`
 * (DESIGN.md "Contracts: CLI"). Each article goes through the same export
 * service as the app's Export command: `<out>/<slug>/index.html` plus
 * `<out>/<slug>/images/`, each written whole or not at all. A damaged article
 * is reported and the others are still exported; the exit code is 1 when any
 * failed.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ArticleSummary, DamagedArticle } from '../../../shared/article/schema';
import { planExport } from '../../../shared/export/export-plan';
import { readExistingExports } from '../../services/export-folders';
import { ARTICLE_FILE_NAME, ArticleStore } from '../../services/article-store';
import { exportArticle, type ExportFormat } from '../../services/article-export';
import { articleOrLibrary, folderArgument, listLibrary } from '../article-or-library';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliCommand, type CliIo } from '../command';
import { checkOutputFolder } from '../output-folder';

const USAGE = [
  'Usage: newsdesk export <article-folder|library-folder> --out <dir> [--format page|fragment]',
  '',
  'Exports one article (a folder holding article.json) or every article of a library',
  'to <dir>/<slug>/index.html, with its images in <dir>/<slug>/images/.',
  '',
  'Options:',
  '  -o, --out <dir>    where to write (created if missing)',
  '  --format <format>  page: a whole HTML document (default); fragment: the <article> element alone',
  '',
  'Exit codes:',
  '  0  every article was exported',
  '  1  an article could not be exported (the others were), or the library could not be read',
  '  2  the command line was wrong (nothing was exported)',
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
  const source = folderArgument(positionals[0]!, 'export');
  return { source, outDir: path.resolve(values.out), format };
}

/** The articles to export, with the library they live in and its other articles. */
async function planJob(source: string): Promise<ExportJob> {
  const target = await articleOrLibrary(source);
  if (target.kind === 'library') {
    const { articles, damaged } = target.listing;
    return {
      libraryPath: target.libraryPath,
      summaries: articles,
      damaged,
      ids: articles.map((summary) => summary.id).sort(),
    };
  }
  // Related-news links to the article's siblings resolve in its library, and
  // the store checks that the folder name is the article's id.
  const { libraryPath, id } = target;
  const library = await listLibrary(libraryPath);
  const damaged = library.damaged.filter((entry) => entry.id === id);
  const known = library.articles.some((summary) => summary.id === id);
  if (!known && damaged.length === 0) {
    damaged.push({
      id,
      code: 'invalid',
      message: `${source} is not named by the id in its ${ARTICLE_FILE_NAME}; rename the folder to the article's id.`,
    });
  }
  return { libraryPath, summaries: library.articles, damaged, ids: known ? [id] : [] };
}

async function runExport(args: string[], io: CliIo): Promise<number> {
  const { source, outDir, format } = parse(args);
  const job = await planJob(source);
  await checkOutputFolder(outDir);
  const store = new ArticleStore({ libraryPath: job.libraryPath });
  // Folders are planned for the articles written here, not for the whole
  // library: one article folder exported alone is named as the app's Export
  // command names it, and links only to siblings whose pages are there.
  const plan = planExport(job.summaries, new Set(job.ids), await readExistingExports(outDir));

  const failures: Failure[] = job.damaged.map((entry) => ({ id: entry.id, reason: entry.message }));
  for (const failure of failures)
    io.stderr(`newsdesk export: skipped ${failure.id}: ${failure.reason}`);

  /** Exports `id`, noting in `linked` the library articles its related news links to. */
  const exportOne = async (
    id: string,
    resolve: (articleId: string) => string | null,
    linked: Set<string>,
  ) => {
    const loaded = await store.load(id);
    if (!loaded.ok) return loaded;
    return exportArticle({
      article: loaded.value.article,
      libraryPath: job.libraryPath,
      outDir,
      slug: plan.slugs.get(id)!,
      format,
      resolveArticleLink: (articleId) => {
        linked.add(articleId);
        return resolve(articleId);
      },
    });
  };

  const total = job.ids.length;
  const failed = new Set<string>();
  const linksOf = new Map<string, Set<string>>();
  for (const [index, id] of job.ids.entries()) {
    if (total >= PROGRESS_THRESHOLD) io.stderr(`[${index + 1}/${total}] ${plan.slugs.get(id)}`);
    const linked = new Set<string>();
    const result = await exportOne(id, plan.resolveArticleLink, linked);
    if (result.ok) {
      linksOf.set(id, linked);
    } else {
      failed.add(id);
      failures.push({ id, reason: result.error.message });
      io.stderr(`newsdesk export: failed ${id}: ${result.error.message}`);
    }
  }

  // A page written before a sibling failed links to the sibling's folder,
  // which holds no page: it is written again with the links the failures
  // leave (the sibling's earlier export, its published URL, or none).
  if (failed.size > 0) {
    const resolve = plan.linksWithout(failed);
    for (const [id, linked] of linksOf) {
      if (![...linked].some((other) => plan.resolveArticleLink(other) !== resolve(other))) continue;
      const result = await exportOne(id, resolve, new Set());
      if (result.ok) continue;
      linksOf.delete(id);
      failures.push({ id, reason: result.error.message });
      io.stderr(`newsdesk export: failed ${id}: ${result.error.message}`);
    }
  }
  const exported = linksOf.size;

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

/**
 * `newsdesk check <article-folder|library-folder>` (issue #7): the
 * pre-publication checklist the app's Checks panel shows, for one article or a
 * whole library, so a desk can gate publication in a script. Findings are
 * printed per article in English (NEWSDESK_LANG=vi or --lang vi for
 * Vietnamese). The exit code is 1 when any article has an error-severity
 * finding or cannot be read, 0 otherwise (warnings alone pass).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../../../shared/article/schema';
import {
  checkArticle,
  formatFinding,
  summarizeFindings,
  type Finding,
} from '../../../shared/checks';
import {
  checkOptionsFor,
  DEFAULT_HOUSE_STYLE,
  houseStyleSchema,
} from '../../../shared/house-style';
import { formatMessage } from '../../../shared/i18n/messages';
import type { UiLanguage } from '../../../shared/settings';
import { ArticleStore } from '../../services/article-store';
import { articleOrLibrary } from '../article-or-library';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliCommand, type CliIo } from '../command';

const USAGE = [
  'Usage: newsdesk check <article-folder|library-folder> [options]',
  '',
  'Runs the checks before publication on one article (a folder holding article.json)',
  'or on every article of a library, and prints what each one should fix.',
  'Exits with 1 when any article has an error (or cannot be read), 0 otherwise.',
  '',
  'Options:',
  '  --lang <vi|en>            language of the messages (default: NEWSDESK_LANG, else en)',
  '  --tone-style <old|new>    house tone-mark placement (default: old, as in hòa, thủy)',
  '  --headline-max <chars>    longest headline (default: 90)',
  '  --sapo-max <chars>        longest sapo (default: 300)',
  '  --straight-quotes         accept straight quotes (default: curly quotes expected)',
].join('\n');

interface CheckJob {
  source: string;
  language: UiLanguage;
  options: ReturnType<typeof checkOptionsFor>;
}

function parseLanguage(value: string | undefined): UiLanguage {
  const language = (value ?? process.env.NEWSDESK_LANG ?? 'en').trim().toLowerCase();
  if (language !== 'vi' && language !== 'en')
    throw new UsageError(`--lang must be "vi" or "en", not "${language}".`);
  return language;
}

function parse(args: string[]): CheckJob {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        lang: { type: 'string' },
        'tone-style': { type: 'string' },
        'headline-max': { type: 'string' },
        'sapo-max': { type: 'string' },
        'straight-quotes': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { positionals, values } = parsed;
  if (positionals.length === 0)
    throw new UsageError('name the article or library folder to check.');
  if (positionals.length > 1)
    throw new UsageError(`check takes one folder, not ${positionals.length}.`);
  const style = houseStyleSchema.safeParse({
    ...DEFAULT_HOUSE_STYLE,
    ...(values['tone-style'] !== undefined && { toneStyle: values['tone-style'] }),
    ...(values['headline-max'] !== undefined && {
      headlineMaxChars: Number(values['headline-max']),
    }),
    ...(values['sapo-max'] !== undefined && { sapoMaxChars: Number(values['sapo-max']) }),
    ...(values['straight-quotes'] && { curlyQuotes: false }),
  });
  if (!style.success) {
    const issue = style.error.issues[0];
    throw new UsageError(`invalid ${issue?.path.join('.') ?? 'option'}: ${issue?.message}.`);
  }
  return {
    source: path.resolve(positionals[0]!),
    language: parseLanguage(values.lang),
    options: checkOptionsFor(style.data),
  };
}

interface Readable {
  article: Article;
}
interface Unreadable {
  id: string;
  reason: string;
}

/** The articles to check: one article folder, or every article of a library. */
async function loadArticles(source: string): Promise<(Readable | Unreadable)[]> {
  const target = await articleOrLibrary(source);
  const store = new ArticleStore({ libraryPath: target.libraryPath });
  const results: (Readable | Unreadable)[] = [];
  let ids: string[];
  if (target.kind === 'article') {
    ids = [target.id];
  } else {
    ids = target.listing.articles.map((summary) => summary.id).sort();
    for (const damaged of target.listing.damaged)
      results.push({ id: damaged.id, reason: damaged.message });
  }
  for (const id of ids) {
    const loaded = await store.load(id);
    results.push(
      loaded.ok ? { article: loaded.value.article } : { id, reason: loaded.error.message },
    );
  }
  return results;
}

function where(finding: Finding): string {
  const part = finding.subfield ? `${finding.field}/${finding.subfield}` : finding.field;
  return finding.path ? `${part} [${finding.path.join('.')}]` : part;
}

/** "error" / "lỗi" in the language asked for, padded so the messages line up. */
function severityLabels(language: UiLanguage): Record<Finding['severity'], string> {
  const error = formatMessage(language, 'checks.error').toLowerCase();
  const warning = formatMessage(language, 'checks.warning').toLowerCase();
  const width = Math.max(error.length, warning.length);
  return { error: error.padEnd(width), warning: warning.padEnd(width) };
}

async function runCheck(args: string[], io: CliIo): Promise<number> {
  const { source, language, options } = parse(args);
  // Every line in the language asked for: Vietnamese messages framed in English
  // ("0 errors, 2 warnings", "warning") read as half a translation.
  const severity = severityLabels(language);
  let failed = false;
  let clean = 0;
  const entries = await loadArticles(source);
  for (const entry of entries) {
    if (!('article' in entry)) {
      failed = true;
      io.stdout(
        formatMessage(language, 'checks.unreadable', { id: entry.id, reason: entry.reason }),
      );
      continue;
    }
    const { article } = entry;
    const findings = checkArticle(article, options);
    const summary = summarizeFindings(findings);
    if (summary.errors > 0) failed = true;
    if (summary.total === 0) clean += 1;
    const title = article.headline.trim() === '' ? '' : ` “${article.headline.trim()}”`;
    io.stdout(
      `${article.id}${title}: ${formatMessage(language, 'checks.summary', { ...summary })}`,
    );
    for (const finding of findings) {
      // The text around the problem, as the Checks panel shows it: "body [3]" names
      // only the block, and two straight quotes in it would read as one line twice.
      const excerpt = finding.excerpt ? ` “${finding.excerpt}”` : '';
      io.stdout(
        `  ${severity[finding.severity]}  ${where(finding)}: ${formatFinding(finding, language)}${excerpt}`,
      );
    }
  }
  const checked = entries.filter((entry) => 'article' in entry).length;
  io.stderr(formatMessage(language, 'checks.checked', { count: checked, clean }));
  return failed ? EXIT_FAILED : EXIT_OK;
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'run the checks before publication on articles',
  usage: USAGE,
  run: runCheck,
};

/**
 * `newsdesk check <article-folder|library-folder>` (issue #7): the
 * pre-publication checklist the app's Checks panel shows, for one article or a
 * whole library, so a desk can gate publication in a script. Findings are
 * printed per article in English (NEWSDESK_LANG=vi or --lang vi for
 * Vietnamese). The exit code is 1 when any article has an error-severity
 * finding or cannot be read, 0 otherwise (warnings alone pass).
 */
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
import type { LocalizedDetail } from '../../../shared/ipc/result';
import type { UiLanguage } from '../../../shared/settings';
import { ArticleStore } from '../../services/article-store';
import { articleOrLibrary, folderArgument } from '../article-or-library';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliCommand, type CliIo } from '../command';
import { oneLine } from '../terminal-text';

const USAGE = [
  'Usage: newsdesk check <article-folder|library-folder> [options]',
  '',
  'Runs the checks before publication on one article (a folder holding article.json)',
  'or on every article of a library, and prints what each one should fix.',
  '',
  'Options:',
  '  --lang <vi|en>            language of the messages (default: NEWSDESK_LANG, else en)',
  '  --tone-style <old|new>    house tone-mark placement (default: old, as in hòa, thủy)',
  '  --headline-max <chars>    longest headline (default: 90)',
  '  --sapo-max <chars>        longest sapo (default: 300)',
  '  --straight-quotes         accept straight quotes (default: curly quotes expected)',
  '',
  'Exit codes:',
  '  0  no article has an error (warnings alone pass)',
  '  1  an article has an error or cannot be read, or the library could not be read',
  '  2  the command line was wrong (nothing was checked)',
].join('\n');

interface CheckJob {
  source: string;
  language: UiLanguage;
  options: ReturnType<typeof checkOptionsFor>;
}

/**
 * --lang, else NEWSDESK_LANG, else English. Only --lang is the user's command
 * line: NEWSDESK_LANG set to something else (empty in a script, a locale like
 * vi_VN.UTF-8) is ignored, as the app ignores it (SettingsService.effectiveLanguage),
 * instead of failing the check as a usage error about an option never given.
 */
function parseLanguage(value: string | undefined): UiLanguage {
  if (value === undefined) {
    const fromEnv = process.env.NEWSDESK_LANG?.trim().toLowerCase();
    return fromEnv === 'vi' ? 'vi' : 'en';
  }
  const language = value.trim().toLowerCase();
  if (language !== 'vi' && language !== 'en')
    throw new UsageError(`--lang must be "vi" or "en", not "${language}".`);
  return language;
}

/** The option each house-style setting comes from: a refusal names what the user typed. */
const OPTION_OF: Readonly<Record<string, string>> = {
  toneStyle: '--tone-style',
  headlineMaxChars: '--headline-max',
  sapoMaxChars: '--sapo-max',
  curlyQuotes: '--straight-quotes',
};

/**
 * A length typed on the command line: digits only. Number() also reads "0x64"
 * and "1e2" as 100 and "" as 0, lengths nobody means.
 */
function count(option: string, value: string): number {
  const digits = value.trim();
  if (!/^[0-9]+$/.test(digits))
    throw new UsageError(`${option} must be a whole number of characters, not "${value}".`);
  return Number(digits);
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
      headlineMaxChars: count('--headline-max', values['headline-max']),
    }),
    ...(values['sapo-max'] !== undefined && {
      sapoMaxChars: count('--sapo-max', values['sapo-max']),
    }),
    ...(values['straight-quotes'] && { curlyQuotes: false }),
  });
  if (!style.success) {
    const issue = style.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    throw new UsageError(`invalid ${OPTION_OF[key] ?? 'option'}: ${issue?.message}.`);
  }
  return {
    source: folderArgument(positionals[0]!, 'check'),
    language: parseLanguage(values.lang),
    options: checkOptionsFor(style.data),
  };
}

interface Readable {
  article: Article;
}
interface Unreadable {
  id: string;
  /** The store's English sentence: the path and what is wrong, for `--lang en`. */
  reason: string;
  /** The same in the catalogue's words, where the store gives them (as the app shows it). */
  detail?: LocalizedDetail;
}

/**
 * Why an article cannot be read, in `language`: in Vietnamese the catalogue's
 * sentence, as the app's library shows it, not an English one inside a
 * Vietnamese line; in English the store's own, which names the file and the fault.
 */
function unreadableReason(entry: Unreadable, language: UiLanguage): string {
  if (language === 'en' || entry.detail === undefined) return entry.reason;
  return formatMessage(language, entry.detail.key, entry.detail.params);
}

/**
 * The articles to check: one article folder, or every article of a library;
 * for a library, the ids of all its articles (damaged ones too), against
 * which related items' links to articles are checked.
 */
async function loadArticles(
  source: string,
): Promise<{ entries: (Readable | Unreadable)[]; libraryArticleIds?: ReadonlySet<string> }> {
  const target = await articleOrLibrary(source);
  const store = new ArticleStore({ libraryPath: target.libraryPath });
  const results: (Readable | Unreadable)[] = [];
  let ids: string[];
  if (target.kind === 'article') {
    ids = [target.id];
  } else {
    ids = target.listing.articles.map((summary) => summary.id).sort();
    for (const damaged of target.listing.damaged)
      results.push({
        id: damaged.id,
        reason: damaged.message,
        detail: { key: `library.damage.${damaged.code}` },
      });
  }
  for (const id of ids) {
    const loaded = await store.load(id);
    results.push(
      loaded.ok
        ? { article: loaded.value.article }
        : { id, reason: loaded.error.message, detail: loaded.error.detail },
    );
  }
  if (target.kind === 'article') return { entries: results };
  const listed = [...target.listing.articles, ...target.listing.damaged];
  return { entries: results, libraryArticleIds: new Set(listed.map((article) => article.id)) };
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
  const { entries, libraryArticleIds } = await loadArticles(source);
  for (const entry of entries) {
    if (!('article' in entry)) {
      failed = true;
      io.stdout(
        formatMessage(language, 'checks.unreadable', {
          id: entry.id,
          reason: unreadableReason(entry, language),
        }),
      );
      continue;
    }
    const { article } = entry;
    const findings = checkArticle(article, { ...options, libraryArticleIds });
    const summary = summarizeFindings(findings);
    if (summary.errors > 0) failed = true;
    if (summary.total === 0) clean += 1;
    // One line per article and per finding: a line break typed or pasted into a
    // headline, a box heading or a caption is printed as a space (terminal-text.ts).
    const title = article.headline.trim() === '' ? '' : ` “${oneLine(article.headline.trim())}”`;
    io.stdout(
      `${article.id}${title}: ${formatMessage(language, 'checks.summary', { ...summary })}`,
    );
    for (const finding of findings) {
      // The text around the problem, as the Checks panel shows it: "body [3]" names
      // only the block, and two straight quotes in it would read as one line twice.
      const excerpt = finding.excerpt ? ` “${oneLine(finding.excerpt)}”` : '';
      const message = oneLine(formatFinding(finding, language));
      io.stdout(`  ${severity[finding.severity]}  ${where(finding)}: ${message}${excerpt}`);
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

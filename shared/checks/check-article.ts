/**
 * The pre-publication checklist: a pure function of the article and the house
 * style. It never changes the article and never throws on a draft, so the UI can
 * run it on every idle tick and again before export.
 */
import type { Article } from '../article/schema';
import { checkBodyLinks, checkFigures, checkRelatedNews } from './block-rules';
import { checkFields } from './field-rules';
import { checkHeadingLevels } from './heading-rules';
import { FindingSink } from './sink';
import { checkTelexLeftovers } from './telex-rule';
import { checkToneStyles } from './tone-rules';
import {
  DEFAULT_CHECK_OPTIONS,
  type CheckOptions,
  type Finding,
  type FindingSummary,
} from './types';
import { checkTypography } from './typography-rules';
import { collectUnits } from './units';

/** Options given as `undefined` (a setting never saved) keep their default. */
function withDefaults(options: Partial<CheckOptions>): CheckOptions {
  const settings: CheckOptions = { ...DEFAULT_CHECK_OPTIONS };
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) Object.assign(settings, { [key]: value });
  }
  return settings;
}

/**
 * Every finding for `article`, in reading order: headline, sapo, the body in
 * document order, byline; within one text, by offset. Options left out take
 * the house defaults (DEFAULT_CHECK_OPTIONS).
 */
export function checkArticle(article: Article, options: Partial<CheckOptions> = {}): Finding[] {
  const settings = withDefaults(options);
  const sink = new FindingSink(settings);
  const units = collectUnits(article);
  checkFields(units, settings, sink);
  checkFigures(units, sink);
  checkRelatedNews(units, sink, settings.libraryArticleIds);
  checkBodyLinks(units, sink);
  checkHeadingLevels(units, sink);
  checkTypography(units.texts, settings, sink);
  checkToneStyles(units.texts, settings, sink);
  checkTelexLeftovers(units.texts, sink);
  return sink.sorted();
}

export function summarizeFindings(findings: readonly Finding[]): FindingSummary {
  let errors = 0;
  for (const finding of findings) if (finding.severity === 'error') errors += 1;
  return { errors, warnings: findings.length - errors, total: findings.length };
}

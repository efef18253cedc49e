/**
 * The vocabulary of the pre-publication checks: rule ids, findings and the house
 * style options. The engine returns data only (rule id + params); the UI turns a
 * finding into words with `formatFinding`, so the engine never holds UI text.
 */

/** Every rule, in the order the settings screen lists them. */
export const RULE_IDS = [
  'headline-missing',
  'headline-too-long',
  'sapo-missing',
  'sapo-too-long',
  'byline-missing',
  'figure-missing-caption',
  'figure-missing-credit',
  'figure-missing-alt',
  'related-item-missing-headline',
  'related-item-missing-link',
  'related-article-missing',
  'malformed-link',
  'subheading-skips-level',
  'mixed-tone-styles',
  'tone-style',
  'double-space',
  'space-before-punctuation',
  'straight-quotes',
  'telex-leftover',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'warning' | 'error';

/**
 * Errors are what would publish a broken or incomplete story (no headline, a link
 * the export drops, an uncredited photo); warnings are house style and typography,
 * and the heuristic checks that can be wrong (Telex leftovers).
 */
export const RULE_SEVERITY: Readonly<Record<RuleId, Severity>> = {
  'headline-missing': 'error',
  'headline-too-long': 'warning',
  'sapo-missing': 'error',
  'sapo-too-long': 'warning',
  'byline-missing': 'error',
  'figure-missing-caption': 'warning',
  'figure-missing-credit': 'error',
  'figure-missing-alt': 'warning',
  'related-item-missing-headline': 'error',
  'related-item-missing-link': 'warning',
  'related-article-missing': 'warning',
  'malformed-link': 'error',
  'subheading-skips-level': 'warning',
  'mixed-tone-styles': 'warning',
  'tone-style': 'warning',
  'double-space': 'warning',
  'space-before-punctuation': 'warning',
  'straight-quotes': 'warning',
  'telex-leftover': 'warning',
};

export type CheckedField = 'headline' | 'sapo' | 'byline' | 'body';
export type Subfield = 'caption' | 'credit' | 'alt' | 'heading' | 'headline' | 'summary' | 'link';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  field: CheckedField;
  /**
   * Index path of the Lexical node within `body.root.children` (then `children`
   * at each level): the text block, link, figure or related-news block concerned.
   */
  path?: number[];
  /** The related-news item's `key`, for findings about one item. */
  blockKey?: string;
  /** Which plain-text field of a figure or related-news block/item. */
  subfield?: Subfield;
  /**
   * UTF-16 range in the text as stored (NFD stays NFD): in the field or subfield
   * string, or in the concatenated text of the block at `path` (text, tabs and
   * line breaks of all its inline descendants, links included).
   */
  offset?: number;
  length?: number;
  /** A short NFC piece of the text around the problem, for the list of findings. */
  excerpt: string;
  /** Values for the rule's message template (shared/checks/messages.ts). */
  params: Record<string, string | number>;
}

export type ToneStyleOption = 'old' | 'new' | 'any';

export interface CheckOptions {
  /** Longest headline, in user-perceived characters. */
  headlineMaxChars: number;
  /** Longest sapo, in user-perceived characters. */
  sapoMaxChars: number;
  /** Shortest sapo; below it the sapo counts as missing (1: only an empty sapo). */
  sapoMinChars: number;
  /**
   * House tone-mark placement: 'old' (hòa, thủy) or 'new' (hoà, thuỷ) flags every
   * syllable in the other style (rule `tone-style`); 'any' accepts either but not
   * both in one article (rule `mixed-tone-styles`).
   */
  toneStyle: ToneStyleOption;
  /** The house uses “curly” quotes: straight " and ' are flagged. */
  curlyQuotes: boolean;
  /** Rules the newsroom has turned off. */
  disabledRules: readonly RuleId[];
  /**
   * The ids of the library's articles, when known: a related item linking an
   * article not among them (trashed, deleted, never synced here) publishes
   * without its link (`related-article-missing`). Not known: not checked.
   */
  libraryArticleIds?: ReadonlySet<string>;
}

/** Most large Vietnamese news sites: old tone style, curly quotes, ≤ 90-character headlines. */
export const DEFAULT_CHECK_OPTIONS: Readonly<CheckOptions> = Object.freeze({
  headlineMaxChars: 90,
  sapoMaxChars: 300,
  sapoMinChars: 1,
  toneStyle: 'old',
  curlyQuotes: true,
  disabledRules: Object.freeze([]) as readonly RuleId[],
});

export interface FindingSummary {
  errors: number;
  warnings: number;
  total: number;
}

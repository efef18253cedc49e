import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../../shared/checks';
import {
  DEFAULT_CHECK_OPTIONS,
  RULE_IDS,
  type CheckOptions,
  type Finding,
  type RuleId,
} from '../../../shared/checks/types';
import type { Article } from '../../../shared/article/schema';
import {
  article,
  cleanArticle,
  figure,
  heading,
  link,
  paragraph,
  relatedNews,
  text,
} from './builders';

interface RuleCase {
  rule: RuleId;
  article: Article;
  options?: Partial<CheckOptions>;
  /** What the first finding of the rule must contain. */
  expected: Partial<Finding>;
}

const body = (value: string) => [paragraph(text(value))];

// One minimal Vietnamese example per rule (the test below checks none is missing).
const CASES: RuleCase[] = [
  {
    rule: 'headline-missing',
    article: article({ headline: '  ' }),
    expected: { field: 'headline' },
  },
  {
    rule: 'headline-too-long',
    // 12 × 8 = 96 characters: the last 6 are over the default limit of 90.
    article: article({ headline: 'Giá vàng'.repeat(12) }),
    expected: { field: 'headline', offset: 90, length: 6, params: { length: 96, max: 90 } },
  },
  { rule: 'sapo-missing', article: article({ sapo: '' }), expected: { field: 'sapo' } },
  {
    rule: 'sapo-too-long',
    article: article({ sapo: 'Mưa lớn kéo dài. '.repeat(20) }),
    expected: { field: 'sapo', offset: 300, params: { length: 339, max: 300 } },
  },
  { rule: 'byline-missing', article: article({ byline: '' }), expected: { field: 'byline' } },
  {
    rule: 'figure-missing-caption',
    article: article({ body: [paragraph(text('Mở đầu.')), figure({ caption: '' })] }),
    expected: { field: 'body', path: [1], subfield: 'caption', params: { figure: 1 } },
  },
  {
    rule: 'figure-missing-credit',
    article: article({ body: [figure({ credit: ' ' })] }),
    expected: { path: [0], subfield: 'credit', params: { figure: 1 } },
  },
  {
    rule: 'figure-missing-alt',
    article: article({ body: [figure(), figure({ alt: '' })] }),
    expected: { path: [1], subfield: 'alt', params: { figure: 2 } },
  },
  {
    rule: 'related-item-missing-headline',
    article: article({
      body: [relatedNews('Tin mới', { key: 'k1' }, { key: 'k2', headline: '' })],
    }),
    expected: {
      path: [0],
      blockKey: 'k2',
      subfield: 'headline',
      params: { item: 2, heading: 'Tin mới' },
    },
  },
  {
    rule: 'related-item-missing-link',
    article: article({ body: [relatedNews('', { key: 'k1', link: null })] }),
    expected: {
      path: [0],
      blockKey: 'k1',
      subfield: 'link',
      params: { item: 1, heading: 'Tin liên quan' },
    },
  },
  {
    rule: 'related-article-missing',
    article: article({
      body: [
        relatedNews(
          'Tin liên quan',
          { key: 'k1', link: { kind: 'article', articleId: 'c0ffee00-0001' } },
          { key: 'k2', link: { kind: 'article', articleId: 'c0ffee00-0002' } },
        ),
      ],
    }),
    // The first article is in the library (as is the one the clean article
    // links); the second was trashed.
    options: { libraryArticleIds: new Set(['c0ffee00-0001', 'bai-viet-0002']) },
    expected: {
      path: [0],
      blockKey: 'k2',
      subfield: 'link',
      params: { item: 2, heading: 'Tin liên quan' },
    },
  },
  {
    rule: 'malformed-link',
    article: article({
      body: [paragraph(text('Xem '), link('www.vnexpress.net', text('bài gốc')), text('.'))],
    }),
    expected: { path: [0, 1], excerpt: 'bài gốc', params: { url: 'www.vnexpress.net' } },
  },
  {
    rule: 'mixed-tone-styles',
    article: article({ body: body('Hòa bình, hòa hợp và hoà giải.') }),
    options: { toneStyle: 'any' },
    expected: { path: [0], offset: 21, length: 3, params: { word: 'hoà', suggestion: 'hòa' } },
  },
  {
    rule: 'tone-style',
    article: article({ body: body('Sức khoẻ của ông đã ổn.') }),
    expected: { path: [0], offset: 4, length: 4, params: { word: 'khoẻ', suggestion: 'khỏe' } },
  },
  {
    rule: 'double-space',
    article: article({ body: body('Trời  mưa to.') }),
    expected: { path: [0], offset: 4, length: 2, params: { count: 2 } },
  },
  {
    rule: 'space-before-punctuation',
    article: article({ body: body('Trời mưa to , đường ngập .') }),
    expected: { path: [0], offset: 11, length: 1, params: { mark: ',' } },
  },
  {
    rule: 'straight-quotes',
    article: article({ body: body('Ông nói: "Tôi đồng ý".') }),
    expected: { path: [0], offset: 9, length: 1, params: { quote: '"', suggestion: '“' } },
  },
  {
    rule: 'subheading-skips-level',
    article: article({
      body: [paragraph(text('Mở đầu.')), heading('h3', text('Diễn biến')), paragraph(text('…'))],
    }),
    expected: { field: 'body', path: [1], params: { excerpt: 'Diễn biến' } },
  },
  {
    rule: 'telex-leftover',
    article: article({ body: body('Hôm nay tooi đi làm.') }),
    expected: { path: [0], offset: 8, length: 4, params: { word: 'tooi' } },
  },
];

function firstOf(findings: Finding[], rule: RuleId): Finding | undefined {
  return findings.find((finding) => finding.rule === rule);
}

describe('each rule', () => {
  it('has a case here', () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual([...RULE_IDS].sort());
  });

  it.each(CASES)(
    '$rule fires on a minimal example',
    ({ rule, article: input, options, expected }) => {
      const found = firstOf(checkArticle(input, options), rule);
      expect(found).toMatchObject({ rule, ...expected });
    },
  );

  it.each(CASES)('$rule does not fire when disabled', ({ rule, article: input, options }) => {
    const findings = checkArticle(input, { ...options, disabledRules: [rule] });
    expect(firstOf(findings, rule)).toBeUndefined();
  });

  it.each(CASES)('$rule does not fire on the clean article', ({ rule, options }) => {
    expect(firstOf(checkArticle(cleanArticle(), options), rule)).toBeUndefined();
  });
});

describe('sub-heading levels', () => {
  const headings = (...tags: string[]) =>
    checkArticle(
      article({ body: tags.map((tag, index) => heading(tag, text(`Mục ${index + 1}`))) }),
    ).filter((finding) => finding.rule === 'subheading-skips-level');

  it('is quiet when a level-2 sub-heading comes first', () => {
    expect(headings('h2', 'h3', 'h3', 'h2', 'h3')).toEqual([]);
  });

  it('counts the levels the export publishes: h1 as h2, h4–h6 as h3', () => {
    expect(headings('h1', 'h4')).toEqual([]);
    expect(headings('h5', 'h2').map((finding) => finding.path)).toEqual([[0]]);
  });

  it('reports the first level-3 sub-heading only, where the fix starts', () => {
    expect(headings('h3', 'h3', 'h3').map((finding) => finding.params.excerpt)).toEqual(['Mục 1']);
  });
});

describe('the clean article', () => {
  it('has no findings with the default options', () => {
    expect(checkArticle(cleanArticle(), DEFAULT_CHECK_OPTIONS)).toEqual([]);
  });

  it('has no findings with toneStyle "any"', () => {
    expect(checkArticle(cleanArticle(), { toneStyle: 'any' })).toEqual([]);
  });

  it('is flagged throughout when the house style is the new one', () => {
    const words = checkArticle(cleanArticle(), { toneStyle: 'new' }).map((f) => [
      f.rule,
      f.params.word,
    ]);
    expect(words).toEqual([
      ['tone-style', 'hòa'],
      ['tone-style', 'Hòa'],
      ['tone-style', 'khỏe'],
      ['tone-style', 'hòa'],
      ['tone-style', 'Thủy'],
      ['tone-style', 'Thủy'],
    ]);
  });
});

describe('severities', () => {
  it('makes what would publish broken an error and style a warning', () => {
    const findings = checkArticle(article({ headline: '', body: body('Trời  mưa.') }));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['headline-missing', 'error'],
      ['double-space', 'warning'],
    ]);
  });
});

describe('fields of invisible characters', () => {
  it('count as missing, as the export publishes them (empty)', () => {
    const findings = checkArticle(
      article({
        headline: '\u200B',
        byline: '\u2060',
        body: [paragraph(text('Mở đầu.')), figure({ caption: '\u200B\u00AD' })],
      }),
    );
    const rules = findings.map((f) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining(['headline-missing', 'byline-missing', 'figure-missing-caption']),
    );
  });

  it('count as a missing sapo too', () => {
    // A zero-width space copied from a web page is one grapheme, but prints nothing.
    const rules = checkArticle(article({ sapo: '\u200B' })).map((f) => f.rule);
    expect(rules).toContain('sapo-missing');
  });
});

describe('related items linking library articles', () => {
  const linking = article({
    body: [relatedNews('Tin mới', { link: { kind: 'article', articleId: 'c0ffee00-0003' } })],
  });
  const rules = (options: Partial<CheckOptions>) =>
    checkArticle(linking, options).map((finding) => finding.rule);

  it('are not checked when the library is not known (still listing, one folder on the CLI)', () => {
    expect(rules({})).not.toContain('related-article-missing');
  });

  it('are quiet while the article linked is in the library', () => {
    expect(rules({ libraryArticleIds: new Set(['c0ffee00-0003']) })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkArticle,
  formatFinding,
  RULE_IDS,
  RULE_MESSAGES,
  templateParams,
} from '../../../shared/checks';
import type { Finding, RuleId } from '../../../shared/checks';
import { article, figure, heading, link, paragraph, relatedNews, text } from './builders';

const LANGUAGES = ['vi', 'en'] as const;

// Articles that between them trip every rule (the two tone rules exclude each other).
function everything(): Finding[] {
  const most = article({
    headline: 'Giá vàng '.repeat(12),
    sapo: '',
    byline: '',
    body: [
      paragraph(
        text('Trời  mưa , "tooi" đi làm; sức khoẻ ổn.'),
        link('www.example.vn', text('xem')),
      ),
      figure({ caption: '', credit: '', alt: '' }),
      relatedNews('Tin mới', { headline: '', link: null }),
      heading('h3', text('Diễn biến')),
    ],
  });
  const rest = article({ headline: '', sapo: 'Dài. '.repeat(100) });
  const mixed = article({ body: [paragraph(text('hòa, hòa, hoà'))] });
  const linksGone = article({
    body: [relatedNews('Tin mới', { link: { kind: 'article', articleId: 'c0ffee00-0009' } })],
  });
  return [
    ...checkArticle(most),
    ...checkArticle(rest),
    ...checkArticle(mixed, { toneStyle: 'any' }),
    ...checkArticle(linksGone, { libraryArticleIds: new Set() }),
  ];
}

describe('messages', () => {
  it.each(RULE_IDS)('exist in Vietnamese and English for %s', (rule: RuleId) => {
    const template = RULE_MESSAGES[rule] as (typeof RULE_MESSAGES)[RuleId] | undefined;
    for (const lang of LANGUAGES) expect(template?.[lang]?.trim() ?? '').not.toBe('');
  });

  it.each(RULE_IDS)('name the same params in both languages for %s', (rule) => {
    const params = LANGUAGES.map((lang) => templateParams(RULE_MESSAGES[rule][lang]).sort());
    expect(params[0]).toEqual(params[1]);
  });

  it('agree the English words with their counts', () => {
    const finding = (min: number) =>
      ({
        rule: 'sapo-missing',
        severity: 'error',
        location: { field: 'sapo' },
        params: { min },
      }) as unknown as Finding;
    expect(formatFinding(finding(1), 'en')).toBe(
      'The sapo is missing or too short (at least 1 character).',
    );
    expect(formatFinding(finding(1200), 'en')).toBe(
      'The sapo is missing or too short (at least 1,200 characters).',
    );
    expect(formatFinding(finding(1200), 'vi')).toBe(
      'Sapo còn trống hoặc quá ngắn (cần ít nhất 1.200 ký tự).',
    );
  });

  it('have no template for a rule that does not exist', () => {
    expect(Object.keys(RULE_MESSAGES).sort()).toEqual([...RULE_IDS].sort());
  });

  it('are filled completely by the findings of every rule', () => {
    const findings = everything();
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(RULE_IDS));
    for (const finding of findings) {
      for (const lang of LANGUAGES) expect(formatFinding(finding, lang)).not.toMatch(/[{}]/);
    }
  });

  it('read naturally', () => {
    const [tooLong] = checkArticle(article({ headline: 'Giá vàng '.repeat(200).trim() }));
    expect(tooLong && formatFinding(tooLong, 'vi')).toBe(
      'Tiêu đề dài 1.799 ký tự, quá giới hạn 90 ký tự.',
    );
    expect(tooLong && formatFinding(tooLong, 'en')).toBe(
      'The headline has 1,799 characters; the limit is 90.',
    );
    const [telex] = checkArticle(article({ body: [paragraph(text('Hôm nay tooi bận.'))] }));
    expect(telex && formatFinding(telex, 'vi')).toBe(
      '“tooi” có vẻ là phím Telex chưa thành chữ (bộ gõ bị tắt?).',
    );
  });

  it('keep a placeholder visible when a param is missing', () => {
    const finding: Finding = {
      rule: 'double-space',
      severity: 'warning',
      field: 'body',
      excerpt: '',
      params: {},
    };
    expect(formatFinding(finding, 'en')).toBe('{count} spaces in a row.');
  });
});

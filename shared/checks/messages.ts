/**
 * What each finding says, in the two UI languages. Templates name the finding's
 * params in braces; the engine fills params, the UI calls `formatFinding`.
 * Typed as a Record over every rule id, so a rule without messages does not compile.
 */
import type { UiLanguage } from '../settings';
import type { Finding, RuleId } from './types';
import { fillTemplate, PLACEHOLDER } from '../i18n/messages';

export type MessageTemplate = Readonly<Record<UiLanguage, string>>;

export const RULE_MESSAGES: Readonly<Record<RuleId, MessageTemplate>> = {
  'headline-missing': {
    vi: 'Bài chưa có tiêu đề.',
    en: 'The headline is missing.',
  },
  'headline-too-long': {
    vi: 'Tiêu đề dài {length} ký tự, quá giới hạn {max} ký tự.',
    en: 'The headline has {length} characters; the limit is {max}.',
  },
  'sapo-missing': {
    vi: 'Sapo còn trống hoặc quá ngắn (cần ít nhất {min} ký tự).',
    en: 'The sapo is missing or too short (at least {min} {min:character|characters}).',
  },
  'sapo-too-long': {
    vi: 'Sapo dài {length} ký tự, quá giới hạn {max} ký tự.',
    en: 'The sapo has {length} characters; the limit is {max}.',
  },
  'byline-missing': {
    vi: 'Bài chưa có tên tác giả.',
    en: 'The byline is missing.',
  },
  'figure-missing-caption': {
    vi: 'Ảnh {figure} chưa có chú thích.',
    en: 'Photo {figure} has no caption.',
  },
  'figure-missing-credit': {
    vi: 'Ảnh {figure} chưa ghi nguồn ảnh (“Ảnh: …”).',
    en: 'Photo {figure} has no credit (“Ảnh: …”).',
  },
  'figure-missing-alt': {
    vi: 'Ảnh {figure} chưa có văn bản thay thế (alt) cho người khiếm thị.',
    en: 'Photo {figure} has no alt text for screen readers.',
  },
  'related-item-missing-headline': {
    vi: 'Tin thứ {item} trong hộp “{heading}” chưa có tiêu đề.',
    en: 'Item {item} in the “{heading}” box has no headline.',
  },
  'related-item-missing-link': {
    vi: 'Tin thứ {item} trong hộp “{heading}” chưa có liên kết.',
    en: 'Item {item} in the “{heading}” box has no link.',
  },
  'related-article-missing': {
    vi: 'Tin thứ {item} trong hộp “{heading}” liên kết tới một bài không còn trong thư viện; khi xuất bản tin này sẽ không có liên kết.',
    en: 'Item {item} in the “{heading}” box links an article no longer in the library; it will publish without a link.',
  },
  'malformed-link': {
    vi: 'Liên kết “{url}” không phải địa chỉ web hoặc email hợp lệ; khi xuất bản liên kết sẽ bị bỏ.',
    en: 'The link “{url}” is not a valid web or email address; export will drop it.',
  },
  'mixed-tone-styles': {
    vi: 'Bài dùng lẫn hai kiểu bỏ dấu: “{word}” khác với phần lớn bài, nên viết “{suggestion}”.',
    en: 'The article mixes tone-mark styles: “{word}” differs from most of the article; write “{suggestion}”.',
  },
  'tone-style': {
    vi: '“{word}” không theo kiểu bỏ dấu của tòa soạn, nên viết “{suggestion}”.',
    en: '“{word}” does not follow the house tone-mark style; write “{suggestion}”.',
  },
  'double-space': {
    vi: 'Có {count} dấu cách liền nhau.',
    en: '{count} spaces in a row.',
  },
  'space-before-punctuation': {
    vi: 'Thừa dấu cách trước dấu “{mark}”.',
    en: 'Extra space before “{mark}”.',
  },
  'straight-quotes': {
    vi: 'Dấu nháy thẳng {quote}: nên dùng {suggestion}.',
    en: 'Straight quote {quote}: use {suggestion}.',
  },
  'subheading-skips-level': {
    vi: 'Tiêu đề phụ “{excerpt}” là cấp 3 nhưng chưa có tiêu đề phụ cấp 2 nào trước nó: trang đăng sẽ nhảy từ tiêu đề bài (h1) xuống h3. Hãy dùng cấp 2 cho các tiêu đề phụ đầu tiên.',
    en: 'Sub-heading “{excerpt}” is level 3 with no level-2 sub-heading before it: the published page jumps from the headline (h1) to h3. Use level 2 for the first sub-headings.',
  },
  'telex-leftover': {
    vi: '“{word}” có vẻ là phím Telex chưa thành chữ (bộ gõ bị tắt?).',
    en: '“{word}” looks like raw Telex keys (was the input method off?).',
  },
};

/** The names a template uses, each once, for checking that a rule's params cover them. */
export function templateParams(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] as string))];
}

/**
 * The finding in words, with the placeholders of the UI's strings (`{name}`,
 * `{name:one|other}`). A param the finding lacks stays visible as `{name}`.
 */
export function formatFinding(finding: Finding, lang: UiLanguage): string {
  return fillTemplate(lang, RULE_MESSAGES[finding.rule][lang], finding.params);
}

/**
 * The UI strings' placeholders: `{name}` is the value, `{name:one|other}` the
 * English word that agrees with it ("1 finding", not "1 findings"); Vietnamese
 * has one form and uses `{name}` alone.
 */
import { describe, expect, it } from 'vitest';
import { formatMessage, MESSAGES } from '../../../shared/i18n/messages';

describe('formatMessage', () => {
  it('agrees the English words with their counts', () => {
    expect(formatMessage('en', 'counts.words', { count: 1 })).toBe('1 word');
    expect(formatMessage('en', 'counts.words', { count: 0 })).toBe('0 words');
    expect(formatMessage('en', 'counts.words', { count: 6 })).toBe('6 words');
    expect(formatMessage('en', 'diff.summary', { added: 1, removed: 2, unchanged: 3 })).toBe(
      '1 paragraph added or changed, 2 removed, 3 unchanged.',
    );
    expect(formatMessage('en', 'checks.summary', { errors: 0, warnings: 1 })).toBe(
      '0 errors, 1 warning',
    );
    expect(formatMessage('en', 'export.confirmBody', { count: 1, errors: 1, warnings: 0 })).toBe(
      'The pre-publication checklist has 1 finding (1 error, 0 warnings). Export the article anyway?',
    );
  });

  it('leaves Vietnamese as it is, and a placeholder without its value as written', () => {
    expect(formatMessage('vi', 'counts.words', { count: 1 })).toBe('1 chữ');
    expect(formatMessage('en', 'counts.words', {})).toBe('{count} {count:word|words}');
  });

  it('writes numbers as each language does: grouped thousands, a decimal comma in Vietnamese', () => {
    expect(formatMessage('vi', 'counts.characters', { count: 10_960 })).toBe('10.960 ký tự');
    expect(formatMessage('en', 'counts.characters', { count: 10_960 })).toBe('10,960 characters');
    expect(formatMessage('vi', 'images.tooLarge', { name: 'a.jpg', size: 52.34, limit: 50 })).toBe(
      '“a.jpg” nặng 52,3 MB; không chèn được ảnh lớn hơn 50 MB.',
    );
    expect(formatMessage('en', 'images.tooLarge', { name: 'a.jpg', size: 52.34, limit: 50 })).toBe(
      '“a.jpg” is 52.3 MB; images larger than 50 MB cannot be inserted.',
    );
  });

  it('has no placeholder left unfilled in any English or Vietnamese string', () => {
    const params = new Proxy(
      {},
      {
        get: () => 2,
        has: () => true,
        getOwnPropertyDescriptor: () => ({ value: 2, configurable: true, enumerable: true }),
      },
    );
    for (const language of ['en', 'vi'] as const) {
      for (const key of Object.keys(MESSAGES[language]) as (keyof (typeof MESSAGES)['en'])[]) {
        expect(formatMessage(language, key, params as Record<string, number>)).not.toMatch(
          /\{\w+[}:]/,
        );
      }
    }
  });
});

/**
 * Text a reader would see nothing of (zero-width space, word joiner, soft
 * hyphen, BOM; characters HTML forbids) is published as empty: no paragraph,
 * link or byline made of it, and a headline of it is no headline.
 */
import { describe, expect, it } from 'vitest';
import { fieldText, hasVisibleText } from '../../../shared/export/escape';
import { renderArticleFragment, renderArticleHtml } from '../../../shared/export/render-article';
import { article, link, OPTIONS, paragraph, text } from './builders';

const ZERO_WIDTH = ['\u200B', '\u2060', '\uFEFF', '\u00AD', '\u200B\u2060 \u200E'];

describe('hasVisibleText and fieldText', () => {
  it('see nothing in white space and format characters, and keep real text whole', () => {
    for (const invisible of ZERO_WIDTH) {
      expect(hasVisibleText(invisible)).toBe(false);
      expect(fieldText(invisible)).toBe('');
    }
    expect(fieldText('\u0007')).toBe('');
    expect(fieldText(' Hà\u200BNội ')).toBe('Hà\u200BNội');
    // A joiner inside an emoji sequence is part of something visible.
    expect(hasVisibleText('👨\u200D👩\u200D👧')).toBe(true);
  });
});

describe('bidirectional overrides', () => {
  it('are taken out, so a headline cannot display other than it is stored', () => {
    // RLO makes "gnáS" display as "Sáng": the stored text would be published reversed.
    const spoofed = 'Tin \u202EgnáS\u202C nay';
    expect(fieldText(spoofed)).toBe('Tin gnáS nay');
    const html = renderArticleHtml(
      article([paragraph(text(`Đoạn \u202Dviết\u202C.`))], { headline: spoofed }),
      {
        ...OPTIONS,
        format: 'page',
      },
    );
    expect(html).not.toMatch(/[\u202A-\u202E]/);
    // The marks that only nudge neutral characters stay.
    expect(fieldText('A\u200FB')).toBe('A\u200FB');
  });
});

describe('the export', () => {
  it('drops a paragraph, a link and a byline of invisible characters', () => {
    const body = [
      paragraph(text('Mở đầu.')),
      paragraph(text('\u200B')),
      paragraph(text('Xem '), link('https://a.vn/', text('\u2060\u200B')), text('thêm.')),
    ];
    const html = renderArticleFragment(article(body, { byline: '\u2060' }), OPTIONS);
    expect(html).not.toMatch(/<p>\u200B<\/p>/);
    expect(html).not.toMatch(/<a[\s>]/);
    expect(html).not.toContain('class="byline"');
    expect(html).toContain('<p>Mở đầu.</p>');
    expect(html).toContain('Xem');
  });

  it('treats a headline of invisible characters as none (the page shows the placeholder, never a blank h1)', () => {
    const html = renderArticleHtml(
      article([paragraph(text('Nội dung.'))], { headline: '\u200B' }),
      {
        ...OPTIONS,
        format: 'page',
      },
    );
    expect(html).not.toContain('<h1>\u200B</h1>');
    expect(html).not.toContain('<title>\u200B</title>');
  });
});

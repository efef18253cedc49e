/**
 * A combining mark split from its letter by a formatting or link boundary
 * ("Ha" + bold "̀ Nội") is published with its letter: the page's text is NFC
 * ("Hà"), not a bare "a" followed by U+0300 in the next element.
 */
import { describe, expect, it } from 'vitest';
import { renderArticleFragment } from '../../../shared/export/render-article';
import { article, BOLD, link, OPTIONS, paragraph, text } from './builders';

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

describe('combining marks at a boundary', () => {
  it('go with the letter before them, across formatting and links', () => {
    const body = [
      paragraph(text('Ha'), text('\u0300 Nội', BOLD)),
      paragraph(text('Đa'), link('https://a.vn/', text('\u0302\u0301t nước'))),
    ];
    const html = renderArticleFragment(article(body), OPTIONS);
    expect(html).toContain('<p>Hà<strong> Nội</strong></p>');
    expect(html).toContain('<p>Đấ<a href="https://a.vn/">t nước</a></p>');
    expect(textOf(html)).toBe(textOf(html).normalize('NFC'));
  });

  it('leave a mark that is all of an atom with the letter too', () => {
    const html = renderArticleFragment(
      article([paragraph(text('Ha'), text('\u0300', BOLD), text(' Nội'))]),
      OPTIONS,
    );
    expect(html).toContain('<p>Hà Nội</p>');
  });
});

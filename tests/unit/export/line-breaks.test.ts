/**
 * Line breaks (Shift+Enter) at either end of a paragraph are not published:
 * one left at the end showed readers an empty line. Those inside stay.
 */
import { describe, expect, it } from 'vitest';
import { renderArticleFragment } from '../../../shared/export/render-article';
import { article, BOLD, linebreak, link, OPTIONS, paragraph, text } from './builders';

const body = (...paragraphs: ReturnType<typeof paragraph>[]) =>
  renderArticleFragment(article(paragraphs), OPTIONS);

describe('line breaks at the ends of a paragraph', () => {
  it('are left out, with the blank text between them', () => {
    const html = body(paragraph(text('Kết thúc.'), linebreak(), text('  '), linebreak()));
    expect(html).toContain('<p>Kết thúc.</p>');
    expect(body(paragraph(linebreak(), text('Mở đầu.')))).toContain('<p>Mở đầu.</p>');
  });

  it('are left out when the blank text beyond them is in several formats or links', () => {
    // A space typed, then bold turned on and another typed: two blank text
    // nodes, and the two Shift+Enter before them published an empty line.
    const end = body(
      paragraph(text('Kết thúc.'), linebreak(), linebreak(), text(' '), text(' ', BOLD)),
    );
    expect(end).toContain('<p>Kết thúc.</p>');
    const start = body(
      paragraph(link('https://a.vn/', text(' ')), text(' '), linebreak(), text('Mở đầu.')),
    );
    expect(start).toContain('<p>Mở đầu.</p>');
  });

  it('stay inside the paragraph, and spaces after the text stay too', () => {
    expect(body(paragraph(text('dòng một'), linebreak(), text('dòng hai')))).toContain(
      '<p>dòng một<br>dòng hai</p>',
    );
    expect(body(paragraph(text('Hết '), text(' ')))).toContain('<p>Hết  </p>');
  });
});

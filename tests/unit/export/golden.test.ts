/**
 * The exact HTML of each node type and of a complete story, pinned in golden
 * files; every output must also be valid HTML.
 */
import { describe, expect, it } from 'vitest';
import type { SerializedNodeShape } from '../../../shared/article/schema';
import { renderArticleHtml } from '../../../shared/export/render-article';
import {
  article,
  autolink,
  BOLD,
  CODE,
  figure,
  heading,
  ITALIC,
  link,
  linebreak,
  list,
  listitem,
  paragraph,
  quote,
  relatedNews,
  STRIKETHROUGH,
  tab,
  text,
  UNDERLINE,
  OPTIONS,
} from './builders';
import { expectGolden } from './golden';
import { expectValidHtml } from './html-validator';
import { SAMPLE_ARTICLE } from './sample-article';

function fragmentOf(body: SerializedNodeShape[]): string {
  const html = renderArticleHtml(article(body), { ...OPTIONS, format: 'fragment' });
  expectValidHtml(html);
  return html;
}

const CASES: Record<string, SerializedNodeShape[]> = {
  'paragraph-formats': [
    paragraph(
      text('đậm', BOLD),
      text(' '),
      text('nghiêng', ITALIC),
      text(' '),
      text('gạch chân', UNDERLINE),
    ),
    paragraph(
      text('đậm ', BOLD),
      text('đậm nghiêng ', BOLD | ITALIC),
      text('cả ba', BOLD | ITALIC | UNDERLINE),
      text(' nghiêng gạch', ITALIC | UNDERLINE),
      text(' thường'),
    ),
    // Formats without a published element keep their text and merge with neighbours.
    paragraph(text('a ', STRIKETHROUGH), text('b ', CODE), text('c', BOLD | CODE), text('d', BOLD)),
    // Lexical may split equal text into several nodes: one element comes out.
    paragraph(text('Hà ', BOLD), text('Nội', BOLD)),
    paragraph(text('<script>alert("x")</script> & \'trích\'')),
    paragraph(),
    paragraph(text('   ')),
  ],
  headings: [
    heading('h1', text('Một')),
    heading('h2', text('Hai')),
    heading('h3', text('Ba')),
    heading('h4', text('Bốn')),
    heading('h6', text('Sáu', ITALIC)),
    heading('h2'),
  ],
  quote: [quote(text('Câu trích '), text('dẫn', BOLD), linebreak(), text('dòng hai')), quote()],
  lists: [
    list('bullet', listitem(text('một')), listitem(text('hai', BOLD))),
    list('number', listitem(text('thứ nhất')), listitem(text('thứ hai'))),
    { ...list('number', listitem(text('ba')), listitem(text('bốn'))), start: 3 },
    list('check', listitem(text('đã xong')), listitem()),
  ],
  'nested-lists': [
    list(
      'bullet',
      listitem(text('a')),
      listitem(
        list('number', listitem(text('a.1')), listitem(list('bullet', listitem(text('a.1.x'))))),
      ),
      listitem(text('b')),
    ),
    // A list that starts with a nested one still has a place to put it.
    list('bullet', listitem(list('bullet', listitem(text('lồng ngay')))), listitem(text('sau'))),
  ],
  links: [
    paragraph(
      text('Đọc '),
      link('https://vnexpress.example/bai-viet?id=1&x="y"', text('bài '), text('này', BOLD)),
      text(', gửi '),
      link('mailto:toasoan@example.vn', text('thư')),
      text(', '),
      link('javascript:alert(1)', text('không phải link')),
      text(', '),
      link(' JAVA\tSCRIPT:alert(1)', text('cũng không')),
      text(', '),
      link('/tuong-doi', text('tương đối')),
      text(', '),
      autolink('https://Example.VN/Đường', text('https://example.vn/Đường')),
      text(', '),
      { ...autolink('https://bo-lien-ket.example/', text('đã bỏ liên kết')), isUnlinked: true },
      text(', '),
      link('https://rong.example/', text(' ')),
    ),
  ],
  'linebreak-and-tab': [paragraph(text('dòng một'), linebreak(), text('dòng'), tab(), text('hai'))],
  'figure-with-caption-and-credit': [
    figure({
      caption: 'Chú thích "ảnh" <b>',
      credit: 'Ảnh: Lê Hiếu',
      alt: 'Mô tả ảnh',
      layout: 'full',
    }),
  ],
  'figure-caption-only': [figure({ caption: 'Chỉ chú thích', layout: 'inline' })],
  'figure-credit-only': [figure({ credit: 'Ảnh: TTXVN' })],
  'figure-bare': [figure({ caption: '  ', credit: '', alt: '' })],
  // A figure that ended up inside a paragraph (or a link) splits it: never <p><figure>.
  'figure-inside-paragraph': [
    paragraph(
      text('trước '),
      link('https://a.example/', text('liên'), figure({}), text('kết')),
      text(' sau'),
    ),
  ],
  'related-news': [
    relatedNews('Tin mới', [
      {
        headline: 'Liên kết web',
        summary: 'Tóm tắt một.',
        link: { kind: 'url', url: 'https://tin.example/1' },
      },
      {
        headline: 'Bài đã xuất bản',
        summary: 'Tóm tắt hai.',
        link: { kind: 'article', articleId: 'bai-viet-0002' },
      },
      {
        headline: 'Bài chưa xuất bản',
        summary: '',
        link: { kind: 'article', articleId: 'bai-viet-9999' },
      },
      { headline: 'Không có liên kết', summary: 'Tóm tắt bốn.', link: null },
      {
        headline: 'Link nguy hiểm',
        summary: '',
        link: { kind: 'url', url: 'javascript:alert(1)' },
      },
      {
        headline: 'URL xuất bản nguy hiểm',
        summary: '',
        link: { kind: 'article', articleId: 'bai-viet-0666' },
      },
      { headline: 'Chỉ ftp', summary: '', link: { kind: 'url', url: 'ftp://tin.example/' } },
      { headline: ' ', summary: ' ', link: { kind: 'url', url: 'https://rong.example/' } },
    ]),
    relatedNews('', [{ headline: 'Tiêu đề mặc định', summary: '', link: null }]),
    relatedNews('Hộp rỗng', []),
  ],
};

describe('golden HTML per node type', () => {
  for (const [name, body] of Object.entries(CASES)) {
    it(`renders ${name} as pinned in ${name}.html`, () => {
      expectGolden(name, fragmentOf(body));
    });
  }
});

describe('a complete Vietnamese article', () => {
  it('renders as a page, pinned in article-page.html', () => {
    const html = renderArticleHtml(SAMPLE_ARTICLE, { ...OPTIONS, format: 'page' });
    expectValidHtml(html);
    expectGolden('article-page', html);
  });

  it('renders as a fragment, pinned in article-fragment.html', () => {
    const html = renderArticleHtml(SAMPLE_ARTICLE, { ...OPTIONS, format: 'fragment' });
    expectValidHtml(html);
    expectGolden('article-fragment', html);
  });

  it('never exports the editor notes', () => {
    const html = renderArticleHtml(SAMPLE_ARTICLE, { ...OPTIONS, format: 'page' });
    expect(html).not.toContain('Ghi chú');
  });

  it('a page without sapo or figures leaves out their meta tags', () => {
    const html = renderArticleHtml(article([paragraph(text('x'))], { headline: '  ' }), {
      ...OPTIONS,
      format: 'page',
    });
    expectValidHtml(html);
    expect(html).not.toMatch(/description|og:image/);
    expect(html).toContain('<title>Chưa có tiêu đề</title>');
  });
});

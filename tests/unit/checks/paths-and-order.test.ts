import { describe, expect, it } from 'vitest';
import { checkArticle, summarizeFindings } from '../../../shared/checks';
import type { SerializedNodeShape } from '../../../shared/article/schema';
import {
  article,
  autolink,
  figure,
  heading,
  linebreak,
  link,
  list,
  listitem,
  paragraph,
  quote,
  relatedNews,
  text,
} from './builders';

/** Follows a finding's path through the body, as the UI does to jump to the node. */
function nodeAt(body: SerializedNodeShape[], path: number[]): SerializedNodeShape | undefined {
  let children: SerializedNodeShape[] | undefined = body;
  let node: SerializedNodeShape | undefined;
  for (const index of path) {
    node = children?.[index];
    children = node?.children;
  }
  return node;
}

function blockText(node: SerializedNodeShape | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return String(node.text);
  if (node.type === 'linebreak') return '\n';
  return (node.children ?? []).map(blockText).join('');
}

describe('paths and offsets', () => {
  it('point into the block text across text nodes, formats and links', () => {
    const body = [
      heading('h2', text('Tiêu đề phụ')),
      paragraph(
        text('Ông ', 1),
        text('Nam nói'),
        link('https://example.vn', text('trong  buổi')),
        linebreak(),
        text('họp .'),
      ),
    ];
    const findings = checkArticle(article({ body }));
    expect(findings.map((f) => [f.rule, f.path, f.offset, f.length])).toEqual([
      ['double-space', [1], 16, 2],
      ['space-before-punctuation', [1], 26, 1],
    ]);
    for (const finding of findings) {
      const textOfBlock = blockText(nodeAt(body, finding.path ?? []));
      const offset = finding.offset ?? 0;
      expect(textOfBlock.slice(offset, offset + (finding.length ?? 0)).trim()).toBe('');
    }
  });

  it('reach list items, nested lists and quotes', () => {
    const body = [
      list(listitem(text('Mục một')), listitem(list(listitem(text('Mục  con'))))),
      quote(text('Anh ấy nói : “được”.')),
    ];
    const findings = checkArticle(article({ body }));
    expect(findings.map((f) => [f.rule, f.path])).toEqual([
      ['double-space', [0, 1, 0, 0]],
      ['space-before-punctuation', [1]],
    ]);
    expect(blockText(nodeAt(body, [0, 1, 0, 0]))).toBe('Mục  con');
  });

  it('point a malformed link at the link node, and skip unlinked autolinks', () => {
    const body = [
      paragraph(
        text('Xem '),
        autolink('javascript:alert(1)', false, text('đây')),
        text(' và '),
        autolink('not a url', true, text('not a url')),
        text(' hoặc '),
        link('mailto:', text('gửi thư')),
      ),
    ];
    const findings = checkArticle(article({ body }));
    expect(findings.map((f) => [f.rule, f.path, f.params.url])).toEqual([
      ['malformed-link', [0, 1], 'javascript:alert(1)'],
      ['malformed-link', [0, 5], 'mailto:'],
    ]);
    expect(nodeAt(body, [0, 1])?.type).toBe('autolink');
  });

  it('accepts the links export publishes', () => {
    const body = [
      paragraph(
        link('https://vnexpress.net/thoi-su', text('a')),
        link('HTTP://Example.VN/đường-phố', text('b')),
        link('mailto:toasoan@example.vn', text('c')),
      ),
      relatedNews('Tin mới', { link: { kind: 'url', url: 'http://example.vn/tin' } }),
    ];
    expect(checkArticle(article({ body }))).toEqual([]);
  });

  it('flags a related link that is not a web page, with the item key', () => {
    const body = [
      relatedNews('Xem thêm', { key: 'x9', link: { kind: 'url', url: 'mailto:a@b.vn' } }),
    ];
    expect(checkArticle(article({ body }))).toMatchObject([
      {
        rule: 'malformed-link',
        path: [0],
        blockKey: 'x9',
        subfield: 'link',
        params: { url: 'mailto:a@b.vn' },
      },
    ]);
  });

  it('checks text of figure captions and credits, related headings, headlines and summaries', () => {
    const body = [
      figure({ caption: 'Người dân  đi bộ.', credit: 'Ảnh : Ngọc Thành' }),
      relatedNews('Tin "nóng"', {
        key: 'r1',
        headline: 'Giá xăng tooi giảm',
        summary: 'Giá xăng giảm  mạnh.',
      }),
    ];
    const findings = checkArticle(article({ body }));
    expect(findings.map((f) => [f.rule, f.path, f.subfield, f.blockKey, f.offset])).toEqual([
      ['double-space', [0], 'caption', undefined, 9],
      ['space-before-punctuation', [0], 'credit', undefined, 3],
      ['straight-quotes', [1], 'heading', undefined, 4],
      ['straight-quotes', [1], 'heading', undefined, 9],
      ['telex-leftover', [1], 'headline', 'r1', 9],
      ['double-space', [1], 'summary', 'r1', 13],
    ]);
  });

  it('finds a figure placed inside a paragraph', () => {
    const body = [paragraph(text('Trước ảnh.'), figure({ alt: '' }), text(' Sau ảnh.'))];
    expect(checkArticle(article({ body }))).toMatchObject([
      { rule: 'figure-missing-alt', path: [0, 1], params: { figure: 1 } },
    ]);
  });
});

describe('order', () => {
  it('is headline, sapo, body in document order, byline; then by offset', () => {
    const findings = checkArticle(
      article({
        headline: 'Tin  nóng',
        sapo: 'Tóm tắt  tin , ngắn.',
        byline: '',
        body: [
          paragraph(text('Đoạn  hai "a"')),
          figure({ caption: '', credit: 'Ảnh:  A' }),
          paragraph(text('Đoạn ba  .')),
        ],
      }),
    );
    expect(findings.map((f) => [f.field, f.path?.join('.') ?? '', f.rule, f.offset ?? -1])).toEqual(
      [
        ['headline', '', 'double-space', 3],
        ['sapo', '', 'double-space', 7],
        ['sapo', '', 'space-before-punctuation', 12],
        ['body', '0', 'double-space', 4],
        ['body', '0', 'straight-quotes', 10],
        ['body', '0', 'straight-quotes', 12],
        ['body', '1', 'figure-missing-caption', -1],
        ['body', '1', 'double-space', 4],
        ['body', '2', 'space-before-punctuation', 7],
        ['byline', '', 'byline-missing', -1],
      ],
    );
  });

  it('is the same on every run', () => {
    const input = article({ headline: '', body: [paragraph(text('A  b , "c" tooi'))] });
    expect(JSON.stringify(checkArticle(input))).toBe(JSON.stringify(checkArticle(input)));
  });
});

describe('summarizeFindings', () => {
  it('counts by severity', () => {
    const findings = checkArticle(
      article({ headline: '', byline: '', body: [paragraph(text('Trời  mưa .'))] }),
    );
    expect(summarizeFindings(findings)).toEqual({ errors: 2, warnings: 2, total: 4 });
    expect(summarizeFindings([])).toEqual({ errors: 0, warnings: 0, total: 0 });
  });
});

describe('drafts in odd shapes', () => {
  it('does not throw on missing or unexpected fields', () => {
    const body = [
      { type: 'paragraph', version: 1 },
      { type: 'mystery', version: 3, children: [text('Chữ  lạ')] },
      { type: 'figure', version: 1 },
      { type: 'related-news', version: 1, items: [null, { key: 'k' }] },
      paragraph({ type: 'text', version: 1 } as SerializedNodeShape, text('ổn')),
    ] as SerializedNodeShape[];
    const findings = checkArticle(article({ body }));
    expect(findings.map((f) => f.rule)).toEqual([
      'double-space',
      'figure-missing-caption',
      'figure-missing-credit',
      'figure-missing-alt',
      'related-item-missing-headline',
      'related-item-missing-link',
    ]);
  });
});

/**
 * Random articles full of hostile and odd input never produce script, event
 * handlers, inline styles, unsafe URLs or non-NFC text, and always validate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, SerializedNodeShape } from '../../../shared/article/schema';
import { renderArticleHtml } from '../../../shared/export/render-article';
import type { RenderOptions } from '../../../shared/export/types';
import {
  article,
  ASSET_A,
  ASSET_B,
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
  tab,
  text,
} from './builders';
import { htmlProblems } from './html-validator';
import { parseDocument } from './parse-html';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '"onerror="alert(1)',
  '" onerror=alert(1) x="',
  "' onload='alert(1)",
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'style="color:red"',
  '</p></article><script>',
  '&amp;&lt;',
  '&#x3C;script&#x3E;',
  'Hà Nội đón đợt rét đậm'.normalize('NFD'),
  'Thủy điện Hòa Bình'.normalize('NFD'),
  '\u0338',
  '>\u0338',
  'e\u0301',
  '\uD800',
  '\uDC00x',
  '\u0000\u0007\u001F\u007F\u0085',
  '\uFDD0\uFFFE',
  '\t\n\r',
  '\u00A0',
  '',
  ' ',
];

const userText = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 6 })), { maxLength: 4 })
    .map((a) => a.join('')),
);

const url = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'https://example.vn/"onmouseover="alert(1)',
    'https://example.vn/<script>',
    'mailto:a@b.vn',
    '//evil.example/',
    '/relative',
    'https://Hà-Nội.example/Đường'.normalize('NFD'),
  ),
  fc.webUrl(),
  userText,
);

const articleIds = fc.constantFrom(
  'bai-viet-0002',
  'bai-viet-0003',
  'bai-viet-0666',
  'bai-viet-9999',
);

/** Resolvers that hand back hostile published URLs too: they come from user metadata. */
const OPTIONS: Omit<RenderOptions, 'format'> = {
  resolveAsset: (assetId) => ({ src: `images/${assetId}` }),
  resolveArticleLink: (id) =>
    ({
      'bai-viet-0002': '../bai-viet-0002/',
      'bai-viet-0003': 'https://example.vn/"><script>alert(1)</script>',
      'bai-viet-0666': ' javascript:alert(1)',
    })[id] ?? null,
};

const format = fc.integer({ min: 0, max: 2047 });

const figureNode = fc
  .record({
    assetId: fc.constantFrom(ASSET_A, ASSET_B),
    caption: userText,
    credit: userText,
    alt: userText,
    layout: fc.constantFrom('inline' as const, 'wide' as const, 'full' as const),
    width: fc.integer({ min: 1, max: 5000 }),
    height: fc.integer({ min: 1, max: 5000 }),
  })
  .map(figure);

const relatedNode = fc
  .tuple(
    userText,
    fc.array(
      fc.record({
        headline: userText,
        summary: userText,
        link: fc.oneof(
          fc.constant(null),
          url.map((u) => ({ kind: 'url' as const, url: u })),
          articleIds.map((id) => ({ kind: 'article' as const, articleId: id })),
        ),
      }),
      { maxLength: 4 },
    ),
  )
  .map(([h, items]) => relatedNews(h, items));

/*
 * Mostly the shapes Lexical writes, with some it never does (a figure inside a
 * link, a paragraph inside a list) that the renderer must still turn into valid HTML.
 */
const { block } = fc.letrec<{ inline: SerializedNodeShape; block: SerializedNodeShape }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(userText, format).map(([t, f]) => text(t, f)),
    fc.constant(linebreak()),
    fc.constant(tab()),
    fc.tuple(url, fc.array(tie('inline'), { maxLength: 3 })).map(([u, c]) => link(u, ...c)),
    fc
      .tuple(url, fc.boolean(), fc.array(tie('inline'), { maxLength: 2 }))
      .map(([u, unlinked, c]) => ({ ...autolink(u, ...c), isUnlinked: unlinked })),
    tie('block'),
  ),
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(tie('inline'), { maxLength: 4 }).map((c) => paragraph(...c)),
    fc
      .tuple(
        fc.constantFrom('h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h9', ''),
        fc.array(tie('inline'), { maxLength: 3 }),
      )
      .map(([tag, c]) => heading(tag, ...c)),
    fc.array(tie('inline'), { maxLength: 3 }).map((c) => quote(...c)),
    fc
      .tuple(
        fc.constantFrom('bullet' as const, 'number' as const, 'check' as const),
        fc.integer({ min: -3, max: 5 }),
        fc.array(
          fc.oneof(
            fc.array(tie('inline'), { maxLength: 3 }).map((c) => listitem(...c)),
            tie('block').map((b) => listitem(b)),
            tie('block'),
          ),
          { maxLength: 4 },
        ),
      )
      .map(([type, start, items]) => ({ ...list(type, ...items), start })),
    figureNode,
    relatedNode,
  ),
}));

const randomArticle: fc.Arbitrary<Article> = fc
  .record({
    headline: userText,
    sapo: userText,
    byline: userText,
    body: fc.array(block, { maxLength: 6 }),
  })
  .map(({ body, ...fields }) => article(body, fields));

const ALLOWED_URL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

function safetyProblems(html: string, documentHtml: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('contains <script');
  if (html !== html.normalize('NFC')) problems.push('is not NFC');
  const document = parseDocument(documentHtml);
  for (const element of document.querySelectorAll('*')) {
    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(element.tagName)) {
      problems.push(`has <${element.tagName}>`);
    }
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) problems.push(`has event handler ${name}`);
      if (name === 'style') problems.push('has a style attribute');
      if (name === 'href' || name === 'src') {
        const protocol = new URL(value, 'https://page.invalid/').protocol;
        if (!ALLOWED_URL_PROTOCOLS.has(protocol)) problems.push(`${name} uses ${protocol}`);
      }
    }
  }
  return problems;
}

describe('rendering random articles', () => {
  it('never yields unsafe, non-NFC or invalid HTML, in either format', () => {
    // One property picking the format: both validators cost ~15 ms a page, and
    // 200 runs keep the test well under 20 s on the shared machines.
    fc.assert(
      fc.property(
        randomArticle,
        fc.constantFrom('page' as const, 'fragment' as const),
        (a, format) => {
          const html = renderArticleHtml(a, { ...OPTIONS, format });
          const documentHtml = format === 'page' ? html : `<!DOCTYPE html><body>${html}`;
          expect(safetyProblems(html, documentHtml)).toEqual([]);
          expect(htmlProblems(html)).toEqual([]);
          expect(renderArticleHtml(a, { ...OPTIONS, format })).toBe(html);
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);
});

/**
 * Lexical JSON on the clipboard (`application/x-lexical-editor`) is validated
 * before Lexical builds nodes from it: any page can put a payload there.
 */
import { describe, expect, it } from 'vitest';
import {
  sanitizeLexicalClipboardJson,
  type LexicalJsonPolicy,
} from '../../../renderer/src/editor/paste/lexical-clipboard-json';

const POLICY: LexicalJsonPolicy = {
  namespace: 'newsdesk-body',
  isAllowedType: (type) =>
    ['paragraph', 'text', 'link', 'autolink', 'heading', 'related-news'].includes(type),
};

const text = (value: string, extra: Record<string, unknown> = {}) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  ...extra,
});
const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  children,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
});
const link = (url: unknown, ...children: unknown[]) => ({
  type: 'link',
  version: 1,
  url,
  rel: 'noreferrer',
  target: null,
  title: null,
  children,
  direction: null,
  format: '',
  indent: 0,
});

const payload = (nodes: unknown[], namespace = 'newsdesk-body') =>
  JSON.stringify({ namespace, nodes });
const clean = (nodes: unknown[], namespace?: string) =>
  sanitizeLexicalClipboardJson(payload(nodes, namespace), POLICY);

describe('sanitizeLexicalClipboardJson', () => {
  it('passes an ordinary copy from the body through unchanged', () => {
    const nodes = [paragraph(text('Hà Nội '), link('https://vnexpress.net/', text('tin')))];
    expect(JSON.parse(clean(nodes)!)).toEqual({ namespace: 'newsdesk-body', nodes });
  });

  it.each([
    ['another editor', () => clean([paragraph(text('x'))], 'someone-else')],
    ['not JSON', () => sanitizeLexicalClipboardJson('{nodes:', POLICY)],
    ['no node list', () => sanitizeLexicalClipboardJson('{"namespace":"newsdesk-body"}', POLICY)],
    [
      'an unregistered node type',
      () => clean([{ type: 'html-embed', version: 1, html: '<script>' }]),
    ],
    ['a node without a type', () => clean([{ version: 1, children: [] }])],
    ['a text node without text', () => clean([paragraph({ type: 'text', version: 1 })])],
    ['children that are not a list', () => clean([{ ...paragraph(), children: 'x' }])],
    ['a javascript: link', () => clean([paragraph(link('javascript:alert(1)', text('x')))])],
    [
      'an obfuscated javascript: link',
      () => clean([paragraph(link('java\tscript:alert(1)', text('x')))]),
    ],
    ['a data: link', () => clean([paragraph(link('data:text/html,<script>', text('x')))])],
    ['a relative link', () => clean([paragraph(link('/etc/passwd', text('x')))])],
    ['a link URL that is not a string', () => clean([paragraph(link({ toString: 1 }, text('x')))])],
    ['a link without a URL', () => clean([paragraph(link(undefined, text('x')))])],
    [
      'an unsafe URL nested in a block field',
      () =>
        clean([
          {
            type: 'related-news',
            version: 1,
            items: [{ headline: 'x', link: { kind: 'url', url: 'javascript:alert(1)' } }],
          },
        ]),
    ],
    [
      'nesting deeper than any article',
      () => {
        let node: unknown = text('x');
        for (let depth = 0; depth < 150; depth += 1) node = paragraph(node);
        return clean([node]);
      },
    ],
  ])('refuses %s', (_name, run) => {
    expect(run()).toBeNull();
  });

  it('empties inline CSS, drops link targets and titles, and normalises text and URLs', () => {
    const result = JSON.parse(
      clean([
        {
          ...paragraph(
            text('Tie\u0302\u0301ng', { style: 'background:url(javascript:alert(1))' }),
            { ...link(' HTTPS://VnExpress.net ', text('x')), target: '_blank', title: 'y' },
          ),
          textStyle: 'color:red',
        },
      ])!,
    );
    const [block] = result.nodes;
    expect(block.textStyle).toBe('');
    expect(block.children[0]).toMatchObject({ text: 'Tiếng', style: '' });
    expect(block.children[1]).toMatchObject({
      url: 'https://vnexpress.net/',
      target: null,
      title: null,
    });
  });

  it('keeps a safe URL nested in a block field, and never copies __proto__', () => {
    const raw = `{"namespace":"newsdesk-body","nodes":[{"type":"related-news","version":1,"__proto__":{"polluted":true},"items":[{"headline":"x","link":{"kind":"url","url":"https://e.vn/a"}}]}]}`;
    const result = JSON.parse(sanitizeLexicalClipboardJson(raw, POLICY)!);
    expect(result.nodes[0].items[0].link.url).toBe('https://e.vn/a');
    expect(Object.hasOwn(result.nodes[0], '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** The store's hand-written body check accepts exactly what bodySchema (zod) accepts. */
import { describe, expect, it } from 'vitest';
import { bodySchema } from '../../../shared/article/schema';
import { bodyShapeProblem } from '../../../shared/article/body-check';
import { generateArticle } from '../../../bench/generate/article';

const node = (extra: Record<string, unknown> = {}) => ({ type: 'paragraph', version: 1, ...extra });
const body = (children: unknown, root: Record<string, unknown> = {}) => ({
  root: { type: 'root', version: 1, children, ...root },
});

const cases: [string, unknown][] = [
  [
    'generated article',
    generateArticle('body-check', { words: 2000, figures: 3, related: 2 }).article.body,
  ],
  ['empty', body([])],
  ['leaf without children', body([node()])],
  ['extra fields', body([node({ anything: { nested: [1] } })], { direction: null })],
  ['nested', body([node({ children: [node({ children: [node()] })] })])],
  ['not an object', 'body'],
  ['null', null],
  ['array', []],
  ['no root', {}],
  ['root null', { root: null }],
  ['root wrong type', body([], { type: 'paragraph' })],
  ['root version missing', { root: { type: 'root', children: [] } }],
  ['root version negative', body([], { version: -1 })],
  ['root children missing', { root: { type: 'root', version: 1 } }],
  ['root children object', body({})],
  ['child null', body([null])],
  ['child array', body([[]])],
  ['child string', body(['x'])],
  ['type empty', body([node({ type: '' })])],
  ['type 64', body([node({ type: 'x'.repeat(64) })])],
  ['type 65', body([node({ type: 'x'.repeat(65) })])],
  ['type number', body([node({ type: 3 })])],
  ['version float', body([node({ version: 1.5 })])],
  ['version string', body([node({ version: '1' })])],
  ['version huge', body([node({ version: 2 ** 60 })])],
  ['version -0', body([node({ version: -0 })])],
  ['version NaN', body([node({ version: Number.NaN })])],
  ['version Infinity', body([node({ version: Infinity })])],
  ['children null', body([node({ children: null })])],
  ['children undefined', body([node({ children: undefined })])],
  ['children object', body([node({ children: {} })])],
  ['deep bad', body([node({ children: [node({ children: [node({ version: -2 })] })] })])],
  ['second bad', body([node(), node({ type: '' }), node()])],
];

describe('bodyShapeProblem', () => {
  for (const [name, value] of cases) {
    it(`agrees with bodySchema: ${name}`, () => {
      expect(bodyShapeProblem(value) === null).toBe(bodySchema.safeParse(value).success);
    });
  }

  it('names where the body breaks', () => {
    expect(bodyShapeProblem(body([node(), node({ children: [node({ type: '' })] })]))?.path).toBe(
      'body.root.children.1.children.0.type',
    );
  });

  it('survives a very deep body', () => {
    let deep: Record<string, unknown> = node();
    for (let i = 0; i < 100_000; i += 1) deep = node({ children: [deep] });
    expect(bodyShapeProblem(body([deep]))).toBeNull();
  });
});

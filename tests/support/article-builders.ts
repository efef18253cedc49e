/**
 * Serialized Lexical JSON for test articles, shaped exactly as Lexical 0.52
 * writes it (tests/unit/export/lexical-compat.test.ts checks the export renderer
 * against real Lexical output). Shared by the unit and e2e tests.
 */
import type { Article, SerializedNodeShape } from '../../shared/article/schema';

type Node = SerializedNodeShape;

export function text(value: string, format = 0): Node {
  return { type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' };
}

export function element(type: string, children: Node[], extra: Record<string, unknown> = {}): Node {
  return { type, version: 1, children, direction: null, format: '', indent: 0, ...extra };
}

export const paragraph = (...children: Node[]): Node =>
  element('paragraph', children, { textFormat: 0, textStyle: '' });
export const heading = (tag: string, ...children: Node[]): Node =>
  element('heading', children, { tag });
export const quote = (...children: Node[]): Node => element('quote', children);
export const linebreak = (): Node => ({ type: 'linebreak', version: 1 });
export const link = (url: string, ...children: Node[]): Node =>
  element('link', children, { url, rel: null, target: null, title: null });
export const listitem = (...children: Node[]): Node => element('listitem', children, { value: 1 });

/** `article` with its body replaced by one plain paragraph per text. */
export function withParagraphs(article: Article, texts: string[]): Article {
  const children = texts.map((value) => paragraph(text(value)));
  return {
    ...article,
    body: { root: { ...article.body.root, children } },
  };
}

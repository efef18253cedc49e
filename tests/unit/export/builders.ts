/**
 * Small builders for serialized Lexical JSON, shaped exactly as Lexical 0.52 writes
 * it (lexical-compat.test.ts checks the renderer against real Lexical output).
 */
import type { Article, SerializedNodeShape } from '../../../shared/article/schema';
import type { RenderOptions } from '../../../shared/export/types';
import { element, text } from '../../support/article-builders';

export * from '../../support/article-builders';

type Node = SerializedNodeShape;

export const BOLD = 1;
export const ITALIC = 2;
export const STRIKETHROUGH = 4;
export const UNDERLINE = 8;
export const CODE = 16;

export const tab = (): Node => ({ ...text('\t'), type: 'tab', detail: 2 });
export const autolink = (url: string, ...children: Node[]): Node =>
  element('autolink', children, { url, rel: null, target: null, title: null, isUnlinked: false });

export function list(listType: 'bullet' | 'number' | 'check', ...items: Node[]): Node {
  return element('list', items, {
    listType,
    start: 1,
    tag: listType === 'number' ? 'ol' : 'ul',
  });
}

export const ASSET_A = `${'a'.repeat(64)}.jpg`;
export const ASSET_B = `${'b'.repeat(64)}.webp`;

export function figure(fields: {
  assetId?: string;
  caption?: string;
  credit?: string;
  alt?: string;
  layout?: 'inline' | 'wide' | 'full';
  width?: number;
  height?: number;
}): Node {
  return {
    type: 'figure',
    version: 1,
    assetId: fields.assetId ?? ASSET_A,
    width: fields.width ?? 1200,
    height: fields.height ?? 800,
    layout: fields.layout ?? 'wide',
    caption: fields.caption ?? '',
    credit: fields.credit ?? '',
    alt: fields.alt ?? '',
  };
}

export interface RelatedItemFields {
  headline: string;
  summary: string;
  link: { kind: 'url'; url: string } | { kind: 'article'; articleId: string } | null;
}

export function relatedNews(heading: string, items: RelatedItemFields[]): Node {
  return {
    type: 'related-news',
    version: 1,
    heading,
    items: items.map((item, index) => ({ key: `item-${index}`, ...item })),
  };
}

export function article(body: Node[], fields: Partial<Article> = {}): Article {
  return {
    schemaVersion: 1,
    id: 'bai-viet-0001',
    headline: 'Tiêu đề',
    sapo: '',
    byline: '',
    body: { root: element('root', body) as Article['body']['root'] },
    meta: { slug: '', category: '', tags: [], status: 'draft', notes: 'Ghi chú không xuất bản' },
    createdAt: '2025-01-02T03:04:05.000Z',
    updatedAt: '2025-01-02T03:04:05.000Z',
    ...fields,
  };
}

/** Published articles the fixtures link to; anything else is unpublished. */
export const PUBLISHED: Record<string, string> = {
  'bai-viet-0002': '../bai-viet-0002/',
  'bai-viet-0003': 'https://baomoi.example/xa-hoi/bai-viet-0003.html',
  // A published URL comes from user metadata: the renderer must still refuse this one.
  'bai-viet-0666': 'javascript:alert(1)',
};

export const OPTIONS: Omit<RenderOptions, 'format'> = {
  resolveAsset: (assetId) => ({ src: `images/${assetId}` }),
  resolveArticleLink: (articleId) => PUBLISHED[articleId] ?? null,
};

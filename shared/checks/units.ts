/**
 * Flattens an article into what the rules look at: plain-text units (fields,
 * body blocks, figure and related-news text) in document order, plus the body's
 * links, figures and related-news blocks with their node paths.
 *
 * The body is read defensively, like the export renderer does: fields Lexical
 * owns are not validated by our schema, so a missing or odd field is treated as
 * empty instead of throwing — a check must never fail on a draft.
 */
import type { Article, SerializedNodeShape } from '../article/schema';
import { headingTag } from '../export/blocks';
import type { CheckedField, Subfield } from './types';

export interface TextUnit {
  /** Position in reading order; findings are sorted by it. */
  order: number;
  field: CheckedField;
  path?: readonly number[];
  blockKey?: string;
  subfield?: Subfield;
  text: string;
}

export interface BodyLink {
  url: string;
  /** The link's own text, for the excerpt. */
  text: string;
  path: readonly number[];
  /** Order of the enclosing text block and where the link starts in it. */
  order: number;
  start: number;
}

export interface FigureInfo {
  order: number;
  path: readonly number[];
  /** 1-based, counting figures through the article: "photo 3" in messages. */
  number: number;
  caption: string;
  credit: string;
  alt: string;
}

export interface RelatedItemInfo {
  order: number;
  key: string;
  /** 1-based position in its block. */
  number: number;
  headline: string;
  summary: string;
  link: unknown;
}

export interface RelatedBlockInfo {
  order: number;
  path: readonly number[];
  heading: string;
  items: RelatedItemInfo[];
}

/** A sub-heading of the body, at the level the export publishes it (export/blocks.ts). */
export interface HeadingInfo {
  order: number;
  path: readonly number[];
  level: 2 | 3;
  text: string;
}

export interface ArticleUnits {
  texts: TextUnit[];
  headings: HeadingInfo[];
  links: BodyLink[];
  figures: FigureInfo[];
  related: RelatedBlockInfo[];
}

// Elements whose children are blocks, each checked as a unit of its own.
const CONTAINERS = new Set(['root', 'list']);
// Elements that are blocks when met among inline content: they end the running text.
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'figure',
  'related-news',
]);
const LINKS = new Set(['link', 'autolink']);

function childrenOf(node: SerializedNodeShape): readonly SerializedNodeShape[] {
  return Array.isArray(node.children) ? node.children : [];
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function isNode(value: unknown): value is SerializedNodeShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

class UnitCollector {
  readonly units: ArticleUnits = { texts: [], headings: [], links: [], figures: [], related: [] };
  private nextOrder = 0;

  order(): number {
    return this.nextOrder++;
  }

  field(field: CheckedField, text: string): void {
    this.units.texts.push({ order: this.order(), field, text });
  }

  block(node: SerializedNodeShape, path: number[]): void {
    if (node.type === 'figure') this.figure(node, path);
    else if (node.type === 'related-news') this.relatedNews(node, path);
    else if (CONTAINERS.has(node.type)) {
      childrenOf(node).forEach((child, index) => {
        if (isNode(child)) this.block(child, [...path, index]);
      });
    } else if (Array.isArray(node.children)) this.textBlock(node, path);
    // A leaf directly under the root (not something Lexical writes) has no block to report against.
  }

  private textBlock(node: SerializedNodeShape, path: number[]): void {
    const unit: TextUnit = { order: this.order(), field: 'body', path, text: '' };
    this.units.texts.push(unit);
    // Blocks nested in inline content (a figure dropped inside a paragraph) are
    // collected after the block's own text so the text stays one unit.
    const nested: [SerializedNodeShape, number[]][] = [];
    const parts: string[] = [];
    let length = 0;
    const append = (text: string): void => {
      parts.push(text);
      length += text.length;
    };
    const inline = (children: readonly SerializedNodeShape[], parentPath: number[]): void => {
      children.forEach((child, index) => {
        if (!isNode(child)) return;
        const childPath = [...parentPath, index];
        if (child.type === 'text') append(stringOf(child.text));
        else if (child.type === 'tab') append('\t');
        else if (child.type === 'linebreak') append('\n');
        else if (BLOCKS.has(child.type)) {
          // The block breaks the line: a newline keeps "a" + block + " b" from
          // reading as one double-spaced sentence.
          append('\n');
          nested.push([child, childPath]);
        } else if (LINKS.has(child.type)) {
          const start = length;
          inline(childrenOf(child), childPath);
          // An autolink the user unlinked is plain text now, its URL unpublished.
          if (child.type === 'autolink' && child.isUnlinked === true) return;
          const text = parts.join('').slice(start);
          this.units.links.push({
            url: stringOf(child.url),
            text,
            path: childPath,
            order: unit.order,
            start,
          });
        } else inline(childrenOf(child), childPath);
      });
    };
    inline(childrenOf(node), path);
    unit.text = parts.join('');
    if (node.type === 'heading') {
      const level = headingTag(stringOf(node.tag)) === 'h3' ? 3 : 2;
      this.units.headings.push({ order: unit.order, path, level, text: unit.text });
    }
    for (const [child, childPath] of nested) this.block(child, childPath);
  }

  private figure(node: SerializedNodeShape, path: number[]): void {
    const figure: FigureInfo = {
      order: this.order(),
      path,
      number: this.units.figures.length + 1,
      caption: stringOf(node.caption),
      credit: stringOf(node.credit),
      alt: stringOf(node.alt),
    };
    this.units.figures.push(figure);
    for (const subfield of ['caption', 'credit'] as const) {
      this.units.texts.push({
        order: this.order(),
        field: 'body',
        path,
        subfield,
        text: figure[subfield],
      });
    }
  }

  private relatedNews(node: SerializedNodeShape, path: number[]): void {
    const block: RelatedBlockInfo = {
      order: this.order(),
      path,
      heading: stringOf(node.heading),
      items: [],
    };
    this.units.related.push(block);
    this.units.texts.push({
      order: this.order(),
      field: 'body',
      path,
      subfield: 'heading',
      text: block.heading,
    });
    const items: unknown[] = Array.isArray(node.items) ? node.items : [];
    items.forEach((raw, index) => {
      if (typeof raw !== 'object' || raw === null) return;
      const item = raw as Record<string, unknown>;
      const info: RelatedItemInfo = {
        order: this.order(),
        key: stringOf(item.key),
        number: index + 1,
        headline: stringOf(item.headline),
        summary: stringOf(item.summary),
        link: item.link,
      };
      block.items.push(info);
      for (const subfield of ['headline', 'summary'] as const) {
        this.units.texts.push({
          order: this.order(),
          field: 'body',
          path,
          blockKey: info.key,
          subfield,
          text: info[subfield],
        });
      }
    });
  }
}

/** The article's checkable parts, in reading order: headline, sapo, body, byline. */
export function collectUnits(article: Article): ArticleUnits {
  const collector = new UnitCollector();
  collector.field('headline', article.headline);
  collector.field('sapo', article.sapo);
  const root = article.body?.root;
  if (root && isNode(root)) collector.block(root, []);
  collector.field('byline', article.byline);
  return collector.units;
}

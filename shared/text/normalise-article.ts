/**
 * "Normalise text" over a whole article (issue #7): every string a reader sees
 * — headline, sapo, byline, the body's text, figure captions, credits and alt
 * text, related-news headings, headlines and summaries — in NFC and in the
 * house tone-mark style. Pure and JSON-only, so the CLI, import and tests use
 * the same rules as the editor's command (which applies `normaliseText` to
 * Lexical nodes in one undoable update).
 *
 * Only text is touched: URLs, asset ids, keys and metadata stay as they are
 * (a URL's path is not Vietnamese prose, and rewriting it would break a link).
 */
import type { Article, SerializedNodeShape } from '../article/schema';
import { convertToneStyle, type ToneStyle } from './tone-marks';

/** One string in NFC and in `style`. Idempotent; never changes the length of NFC text. */
export function normaliseText(text: string, style: ToneStyle): string {
  return convertToneStyle(text, style);
}

export interface NormaliseResult {
  article: Article;
  /** How many strings changed (0: the article was already normal). */
  changes: number;
}

const FIGURE_FIELDS = ['caption', 'credit', 'alt'] as const;

class Normaliser {
  changes = 0;
  constructor(private readonly style: ToneStyle) {}

  text(value: string): string {
    const next = normaliseText(value, this.style);
    if (next !== value) this.changes += 1;
    return next;
  }

  maybeText(value: unknown): unknown {
    return typeof value === 'string' ? this.text(value) : value;
  }

  node(node: SerializedNodeShape): SerializedNodeShape {
    const out: SerializedNodeShape = { ...node };
    if (node.type === 'text') out.text = this.maybeText(node.text);
    else if (node.type === 'figure') {
      for (const field of FIGURE_FIELDS) out[field] = this.maybeText(node[field]);
    } else if (node.type === 'related-news') {
      out.heading = this.maybeText(node.heading);
      if (Array.isArray(node.items)) {
        out.items = node.items.map((item: unknown) => {
          if (item === null || typeof item !== 'object') return item;
          const record = item as Record<string, unknown>;
          return {
            ...record,
            headline: this.maybeText(record.headline),
            summary: this.maybeText(record.summary),
          };
        });
      }
    }
    if (Array.isArray(node.children)) out.children = node.children.map((child) => this.node(child));
    return out;
  }
}

/** A normalised copy of `article` (the input is not modified) and the number of strings changed. */
export function normaliseArticle(article: Article, style: ToneStyle): NormaliseResult {
  const normaliser = new Normaliser(style);
  const root = article.body.root;
  const normalised: Article = {
    ...article,
    headline: normaliser.text(article.headline),
    sapo: normaliser.text(article.sapo),
    byline: normaliser.text(article.byline),
    body: {
      ...article.body,
      root: { ...root, children: root.children.map((child) => normaliser.node(child)) },
    },
  };
  return { article: normalised, changes: normaliser.changes };
}

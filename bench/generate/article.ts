/**
 * Deterministic Vietnamese news articles for the benchmarks: the same seed and
 * options give the same article, byte for byte once serialised.
 *
 * The body is the JSON Lexical 0.52 writes (paragraphs, H2s, bold/italic runs,
 * links, bullet lists, quotes) plus Newsdesk's own blocks (figures and
 * related-news boxes, shared/article/blocks.ts). "Words" are counted the way the
 * newsroom counts them: whitespace-separated syllables of the body text
 * (shared/text/count.ts), excluding headline, sapo, captions and related boxes.
 */
import { articleSlug } from '../../shared/export/slug';
import {
  CURRENT_SCHEMA_VERSION,
  type Article,
  type SerializedNodeShape,
} from '../../shared/article/schema';
import type { SerializedFigure, SerializedRelatedNews } from '../../shared/article/blocks';
import { createRng, type Rng } from './prng';
import * as V from './vocabulary';

export interface FigureAsset {
  /** `<sha256>.jpg`: the content hash of the image bytes when images are generated. */
  assetId: string;
  width: number;
  height: number;
}

export interface ArticleOptions {
  /** Body words (syllables), exactly. */
  words: number;
  figures: number;
  related: number;
  /** Items per related-news block (default 3). */
  relatedItems?: number;
  /** Assets for the figures, in order; missing entries get a deterministic placeholder id. */
  assets?: readonly FigureAsset[];
  /** Article id; derived from the seed when absent. */
  id?: string;
}

const BASE_TIME = Date.UTC(2025, 5, 1, 8, 0, 0);

function cap(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function wordCount(text: string): number {
  let n = 0;
  for (const chunk of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(chunk)) n += 1;
  return n;
}

function hex(rng: Rng, digits: number): string {
  let out = '';
  for (let i = 0; i < digits; i += 1) out += '0123456789abcdef'[rng.int(0, 15)];
  return out;
}

/** A UUID-shaped id (lowercase hex), valid as ARTICLE_ID_PATTERN. */
export function generatedId(rng: Rng): string {
  return `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-a${hex(rng, 3)}-${hex(rng, 12)}`;
}

export function personName(rng: Rng): string {
  return `${rng.pick(V.SURNAMES)} ${rng.pick(V.MIDDLE_NAMES)} ${rng.pick(V.GIVEN_NAMES)}`;
}

function fill(template: string, rng: Rng): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'place':
        return rng.pick(V.PLACES);
      case 'verb':
        return rng.pick(V.VERBS);
      case 'object':
        return rng.pick(V.OBJECTS);
      case 'complement':
        return rng.pick(V.COMPLEMENTS);
      case 'Org':
        return rng.pick(V.ORGANISATIONS);
      case 'adj':
        return rng.pick(V.ADJECTIVES);
      case 'Subject':
        return cap(rng.pick(V.SUBJECTS));
      case 'subjectPlain':
        return rng.pick(V.SUBJECTS);
      case 'time':
        return rng.pick(V.TIMES);
      case 'Role':
        return cap(rng.pick(V.ROLES.slice(4)));
      case 'name':
        return personName(rng);
      case 'Quote':
        return `"${rng.pick(V.QUOTES)}"`;
      default:
        return key;
    }
  });
}

/** One news sentence, with its final punctuation. */
export function sentence(rng: Rng): string {
  switch (rng.int(0, 6)) {
    case 0:
      return `${cap(rng.pick(V.TIMES))}, ${rng.pick(V.SUBJECTS)} ${rng.pick(V.VERBS)} ${rng.pick(V.OBJECTS)} ${rng.pick(V.COMPLEMENTS)}.`;
    case 1:
      return `${rng.pick(V.CONNECTIVES)} ${rng.pick(V.ORGANISATIONS)}, ${rng.pick(V.OBJECTS)} ${rng.pick(V.TIMES)} ${rng.pick(V.ADJECTIVES)} ${rng.pick(V.COMPLEMENTS)}.`;
    case 2:
      return `"${rng.pick(V.QUOTES)}", ${rng.pick(V.ROLES)} ${personName(rng)} nói.`;
    case 3:
      return `${cap(rng.pick(V.SUBJECTS))} tại ${rng.pick(V.PLACES)} ${rng.pick(V.VERBS)} ${rng.pick(V.OBJECTS)}, ${rng.pick(V.COMPLEMENTS)}.`;
    case 4:
      return `Năm ${rng.int(2015, 2025)}, ${rng.pick(V.OBJECTS)} của ${rng.pick(V.PLACES)} đạt ${rng.int(2, 980)} tỷ đồng, ${rng.pick(V.COMPLEMENTS)}.`;
    case 5:
      return `${rng.pick(V.CONNECTIVES)} ${rng.pick(V.SUBJECTS)} ${rng.pick(V.VERBS)} ${rng.pick(V.OBJECTS)} là vấn đề ${rng.pick(V.ADJECTIVES)}.`;
    default:
      return `${cap(rng.pick(V.ROLES))} ${personName(rng)}, ${rng.pick(V.ORGANISATIONS)}, ${rng.pick(V.VERBS)} ${rng.pick(V.OBJECTS)} ${rng.pick(V.TIMES)}.`;
  }
}

/** A sentence cut to at most `max` words (ending with a full stop). */
function sentenceUpTo(rng: Rng, max: number): string {
  const s = sentence(rng);
  if (wordCount(s) <= max) return s;
  const words = s.split(' ');
  const kept: string[] = [];
  let n = 0;
  for (const w of words) {
    if (n === max) break;
    kept.push(w);
    if (/[\p{L}\p{N}]/u.test(w)) n += 1;
  }
  return `${kept.join(' ').replace(/[,.:;"?]+$/u, '')}.`;
}

function headlineText(rng: Rng): string {
  // 50–90 characters: draw templates until one fits (bounded, then pad or cut).
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const h = cap(fill(rng.pick(V.HEADLINE_TEMPLATES), rng));
    if (h.length >= 50 && h.length <= 90) return h;
  }
  const h = cap(
    `${rng.pick(V.PLACES)} ${rng.pick(V.VERBS)} ${rng.pick(V.OBJECTS)} ${rng.pick(V.COMPLEMENTS)}`,
  );
  return h.length > 90 ? h.slice(0, h.lastIndexOf(' ', 90)) : h.padEnd(50, '.');
}

// ---------------------------------------------------------------- Lexical JSON

export function textNode(text: string, format = 0): SerializedNodeShape {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

export function paragraphNode(children: SerializedNodeShape[]): SerializedNodeShape {
  const first = children.find((c) => c.type === 'text');
  return {
    children,
    direction: null,
    format: '',
    indent: 0,
    textFormat: typeof first?.format === 'number' ? first.format : 0,
    textStyle: '',
    type: 'paragraph',
    version: 1,
  };
}

function headingNode(text: string): SerializedNodeShape {
  return {
    children: [textNode(text)],
    tag: 'h2',
    direction: null,
    format: '',
    indent: 0,
    type: 'heading',
    version: 1,
  };
}

function quoteNode(text: string): SerializedNodeShape {
  return {
    children: [textNode(text)],
    direction: null,
    format: '',
    indent: 0,
    type: 'quote',
    version: 1,
  };
}

function linkNode(url: string, text: string): SerializedNodeShape {
  return {
    children: [textNode(text)],
    rel: null,
    target: null,
    title: null,
    url,
    direction: null,
    format: '',
    indent: 0,
    type: 'link',
    version: 1,
  };
}

function listNode(items: string[]): SerializedNodeShape {
  return {
    children: items.map((text, i) => ({
      children: [textNode(text)],
      indent: 0,
      value: i + 1,
      direction: null,
      format: '',
      type: 'listitem',
      version: 1,
    })),
    listType: 'bullet',
    start: 1,
    tag: 'ul',
    direction: null,
    format: '',
    indent: 0,
    type: 'list',
    version: 1,
  };
}

function newsUrl(rng: Rng, headline: string): string {
  return `https://${rng.pick(V.LINK_DOMAINS)}/${articleSlug(headline)}-${rng.int(4_000_000, 4_999_999)}.html`;
}

/** The inline children of one body paragraph: sentences, some bold or italic, an occasional link. */
function paragraphChildren(sentences: string[], rng: Rng): SerializedNodeShape[] {
  const out: SerializedNodeShape[] = [];
  let plain = '';
  const flush = () => {
    if (plain !== '') out.push(textNode(plain));
    plain = '';
  };
  sentences.forEach((s, i) => {
    const sep = i === 0 ? '' : ' ';
    const roll = rng.next();
    if (roll < 0.06) {
      plain += sep;
      flush();
      out.push(textNode(s, 1)); // bold
    } else if (roll < 0.1) {
      plain += sep;
      flush();
      out.push(textNode(s, 2)); // italic
    } else if (roll < 0.13) {
      // A link over the sentence's last few words, as news sites link to earlier coverage.
      const words = s.replace(/[.?!"]+$/u, '').split(' ');
      const cut = Math.max(1, words.length - rng.int(2, 4));
      plain += `${sep}${words.slice(0, cut).join(' ')} `;
      flush();
      const anchor = words.slice(cut).join(' ');
      out.push(linkNode(newsUrl(rng, anchor), anchor));
      plain = s.slice(s.replace(/[.?!"]+$/u, '').length);
    } else {
      plain += sep + s;
    }
  });
  flush();
  return out;
}

function figureNode(rng: Rng, asset: FigureAsset): SerializedFigure {
  const place = rng.pick(V.PLACES);
  const caption = cap(
    `${rng.pick(V.SUBJECTS)} ${rng.pick(V.VERBS)} ${rng.pick(V.OBJECTS)} tại ${place} ${rng.pick(V.TIMES)}.`,
  );
  return {
    type: 'figure',
    version: 1,
    assetId: asset.assetId,
    width: asset.width,
    height: asset.height,
    layout: rng.pick(['inline', 'inline', 'wide', 'full'] as const),
    caption,
    credit: `${V.CREDIT_PREFIX} ${personName(rng)}`,
    alt: cap(`${rng.pick(V.OBJECTS)} ở ${place}`),
  };
}

function relatedNode(rng: Rng, items: number, keyPrefix: string): SerializedRelatedNews {
  return {
    type: 'related-news',
    version: 1,
    heading: rng.pick(['Tin liên quan', 'Tin liên quan', 'Tin mới', 'Xem thêm', 'Đọc thêm']),
    items: Array.from({ length: items }, (_, i) => {
      const headline = headlineText(rng);
      return {
        key: `${keyPrefix}-${i}`,
        headline,
        summary: Array.from({ length: rng.int(1, 3) }, () => sentence(rng)).join(' '),
        link: { kind: 'url' as const, url: newsUrl(rng, headline) },
      };
    }),
  };
}

/** A placeholder asset when no image was generated: a stable fake hash, still a valid asset id. */
export function placeholderAsset(rng: Rng): FigureAsset {
  return {
    assetId: `${hex(rng, 64)}.jpg`,
    width: rng.pick([1200, 1600, 960]),
    height: rng.pick([800, 900, 640]),
  };
}

/**
 * The text blocks of a body holding exactly `words` words: paragraphs of 2–6
 * sentences, an H2 every ~8 blocks, a bullet list every ~15, a quote every ~20.
 */
function textBlocks(rng: Rng, words: number): SerializedNodeShape[] {
  const blocks: SerializedNodeShape[] = [];
  let left = words;
  let sinceHeading = 0;
  const take = (text: string): string => {
    left -= wordCount(text);
    return text;
  };
  while (left > 0) {
    sinceHeading += 1;
    const roll = rng.next();
    if (sinceHeading >= 8 && blocks.length > 0 && left > 40 && roll < 0.5) {
      sinceHeading = 0;
      const h = cap(fill(rng.pick(V.HEADING_TEMPLATES), rng));
      if (wordCount(h) < left) {
        blocks.push(headingNode(take(h)));
        continue;
      }
    }
    if (roll > 0.94 && left > 60) {
      const items: string[] = [];
      const count = rng.int(3, 5);
      for (let i = 0; i < count && left > 0; i += 1) items.push(take(sentenceUpTo(rng, left)));
      blocks.push(listNode(items));
      continue;
    }
    if (roll > 0.9 && left > 30) {
      blocks.push(quoteNode(take(`"${rng.pick(V.QUOTES)}."`)));
      continue;
    }
    const sentences: string[] = [];
    const count = rng.int(2, 6);
    for (let i = 0; i < count && left > 0; i += 1) sentences.push(take(sentenceUpTo(rng, left)));
    blocks.push(paragraphNode(paragraphChildren(sentences, rng)));
  }
  return blocks;
}

export interface GeneratedArticle {
  article: Article;
  /** Word count of the body text (equals options.words). */
  words: number;
}

export function generateArticle(seed: number | string, options: ArticleOptions): GeneratedArticle {
  const rng = createRng(seed);
  const meta = rng.fork('meta');
  const id = options.id ?? generatedId(meta);
  const headline = headlineText(meta);
  const sapo = Array.from({ length: meta.int(1, 3) }, () => sentence(meta)).join(' ');
  const byline = personName(meta);
  const created = BASE_TIME - meta.int(0, 365 * 24 * 60) * 60_000;
  const updated = created + meta.int(1, 48 * 60) * 60_000;

  const blocks = textBlocks(rng.fork('body'), options.words);
  const figRng = rng.fork('figures');
  const figures: SerializedNodeShape[] = Array.from({ length: options.figures }, (_, i) =>
    figureNode(figRng, options.assets?.[i] ?? placeholderAsset(figRng)),
  );
  const relRng = rng.fork('related');
  const related: SerializedNodeShape[] = Array.from({ length: options.related }, (_, i) =>
    relatedNode(relRng, options.relatedItems ?? 3, `rel-${i}`),
  );

  // Figures spread evenly through the text; related boxes evenly too, the last one at the end.
  const children: SerializedNodeShape[] = [];
  const figureAt = figures.map((_, i) => Math.floor(((i + 0.5) * blocks.length) / figures.length));
  const relatedAt = related.map((_, i) => Math.floor(((i + 1) * blocks.length) / related.length));
  blocks.forEach((block, index) => {
    figures.forEach((f, i) => figureAt[i] === index && children.push(f));
    children.push(block);
    related.forEach((r, i) => relatedAt[i] === index + 1 && children.push(r));
  });
  if (blocks.length === 0) children.push(...figures, ...related, paragraphNode([]));

  const article: Article = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    headline,
    sapo,
    byline,
    body: {
      root: { children, direction: null, format: '', indent: 0, type: 'root', version: 1 },
    },
    meta: {
      slug: articleSlug(headline),
      category: meta.pick(V.CATEGORIES),
      tags: [meta.pick(V.PLACES), meta.pick(V.CATEGORIES)],
      status: meta.pick(['draft', 'draft', 'ready', 'published'] as const),
      notes: '',
    },
    createdAt: new Date(created).toISOString(),
    updatedAt: new Date(updated).toISOString(),
  };
  return { article, words: bodyWordCount(article) };
}

/** Body text words, counted like the generator (for tests and sanity checks). */
export function bodyWordCount(article: Article): number {
  let n = 0;
  const visit = (node: SerializedNodeShape) => {
    if (node.type === 'figure' || node.type === 'related-news') return;
    if (node.type === 'text' && typeof node.text === 'string') n += wordCount(node.text);
    node.children?.forEach(visit);
  };
  visit(article.body.root as SerializedNodeShape);
  return n;
}

/** The same article with only paragraphs of plain text: what the bare-Lexical baseline loads. */
export function plainParagraphs(article: Article): string[] {
  const out: string[] = [];
  const text = (node: SerializedNodeShape): string =>
    node.type === 'text' ? String(node.text) : (node.children ?? []).map(text).join('');
  const visit = (node: SerializedNodeShape) => {
    if (node.type === 'figure' || node.type === 'related-news') return;
    if (node.type === 'list') {
      node.children?.forEach((item) => out.push(text(item)));
      return;
    }
    if (node.type === 'root') node.children?.forEach(visit);
    else out.push(text(node));
  };
  visit(article.body.root as SerializedNodeShape);
  return out;
}

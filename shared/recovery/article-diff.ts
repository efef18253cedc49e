/**
 * What differs between two versions of an article, for the recovery and
 * conflict dialogs: the short fields side by side and a paragraph-level diff
 * of the body text (longest common subsequence over paragraphs; articles have
 * hundreds of paragraphs, not millions, so the quadratic table is fine and no
 * dependency is needed). Pure, no DOM.
 */
import type { Article, SerializedNodeShape } from '../article/schema';
import { toNfc } from '../text/nfc';

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem']);

/** The text blocks in `node` (itself included) as lines of plain text, added to `out`. */
function collectParagraphs(node: SerializedNodeShape, out: string[]): void {
  const walk = (node: SerializedNodeShape, line: string[] | null): void => {
    if (BLOCK_TYPES.has(node.type)) {
      const own: string[] = [];
      for (const child of node.children ?? []) walk(child, own);
      const text = toNfc(own.join('')).trim();
      if (text !== '') out.push(text);
      return;
    }
    if (node.type === 'text' && typeof node.text === 'string') line?.push(node.text);
    else if (node.type === 'linebreak') line?.push('\n');
    for (const child of node.children ?? []) walk(child, line);
  };
  walk(node, null);
}

/** The body as paragraphs of plain text (the text blocks; figures and boxes hold theirs in fields: bodyLines). */
export function bodyParagraphs(article: Pick<Article, 'body'>): string[] {
  const out: string[] = [];
  collectParagraphs(article.body.root as SerializedNodeShape, out);
  return out;
}

/** What a line of the body is: running text, or a field of a figure or a related-news box. */
export type BodyLinePart =
  | 'text'
  | 'caption'
  | 'credit'
  | 'alt'
  | 'related-heading'
  | 'related-headline'
  | 'related-summary';

export interface BodyLine {
  part: BodyLinePart;
  text: string;
}

function fieldOf(node: SerializedNodeShape | Record<string, unknown>, name: string): string {
  const value = (node as Record<string, unknown>)[name];
  return typeof value === 'string' ? toNfc(value).trim() : '';
}

/**
 * Every piece of text the body shows, in order: its paragraphs, and the
 * fields of its figures and related-news boxes, which hold their words in
 * fields rather than in child nodes. What the recovery and conflict dialogs
 * compare: a caption typed and not yet saved must show as a difference, or
 * "Discard" looks safe when it is not.
 */
export function bodyLines(article: Pick<Article, 'body'>): BodyLine[] {
  const out: BodyLine[] = [];
  const push = (part: BodyLinePart, text: string) => {
    if (text !== '') out.push({ part, text });
  };
  const walk = (node: SerializedNodeShape): void => {
    if (node.type === 'figure') {
      for (const part of ['caption', 'credit', 'alt'] as const) push(part, fieldOf(node, part));
      return;
    }
    if (node.type === 'related-news') {
      push('related-heading', fieldOf(node, 'heading'));
      const items = (node as { items?: unknown }).items;
      for (const item of Array.isArray(items) ? items : []) {
        if (typeof item !== 'object' || item === null) continue;
        push('related-headline', fieldOf(item as Record<string, unknown>, 'headline'));
        push('related-summary', fieldOf(item as Record<string, unknown>, 'summary'));
      }
      return;
    }
    if (BLOCK_TYPES.has(node.type)) {
      const paragraphs: string[] = [];
      collectParagraphs(node, paragraphs);
      for (const text of paragraphs) push('text', text);
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(article.body.root as SerializedNodeShape);
  return out;
}

export type FieldName = 'headline' | 'sapo' | 'byline';

export interface FieldChange {
  field: FieldName;
  before: string;
  after: string;
}

export type ParagraphChange = {
  kind: 'added' | 'removed';
  text: string;
  index: number;
  /** Running text, or which field of a figure or related-news box. */
  part?: BodyLinePart;
};

export interface ArticleDiff {
  fields: FieldChange[];
  paragraphs: ParagraphChange[];
  addedCount: number;
  removedCount: number;
  unchangedCount: number;
}

/** The user-visible content (what a save would change), ignoring timestamps. */
function contentKey(article: Article): string {
  const { updatedAt: _updatedAt, ...rest } = article;
  return toNfc(JSON.stringify(rest));
}

export function sameContent(a: Article, b: Article): boolean {
  return contentKey(a) === contentKey(b);
}

/** Lines removed from `before` and added in `after`, in order. */
export function diffLines(before: string[], after: string[]): ParagraphChange[] {
  const n = before.length;
  const m = after.length;
  // Trim the common head and tail first: recovery diffs are usually a few
  // paragraphs changed at the end of a long article.
  let start = 0;
  while (start < n && start < m && before[start] === after[start]) start += 1;
  let endB = n;
  let endA = m;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB -= 1;
    endA -= 1;
  }
  const b = before.slice(start, endB);
  const a = after.slice(start, endA);
  const table: number[][] = Array.from({ length: b.length + 1 }, () =>
    new Array<number>(a.length + 1).fill(0),
  );
  for (let i = b.length - 1; i >= 0; i--)
    for (let j = a.length - 1; j >= 0; j--)
      table[i]![j] =
        b[i] === a[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const changes: ParagraphChange[] = [];
  let i = 0;
  let j = 0;
  while (i < b.length || j < a.length) {
    if (i < b.length && j < a.length && b[i] === a[j]) {
      i += 1;
      j += 1;
    } else if (j < a.length && (i >= b.length || table[i]![j + 1]! >= table[i + 1]![j]!)) {
      changes.push({ kind: 'added', text: a[j]!, index: start + j });
      j += 1;
    } else {
      changes.push({ kind: 'removed', text: b[i]!, index: start + i });
      i += 1;
    }
  }
  return changes;
}

/** How `after` (e.g. the unsaved edits) differs from `before` (e.g. the file on disk). */
export function diffArticles(before: Article, after: Article): ArticleDiff {
  const fields: FieldChange[] = [];
  for (const field of ['headline', 'sapo', 'byline'] as const) {
    const was = toNfc(before[field]);
    const now = toNfc(after[field]);
    if (was !== now) fields.push({ field, before: was, after: now });
  }
  // Compared as part + text, so the same words moved from a caption to a
  // paragraph still count as a change.
  const key = (line: BodyLine) => `${line.part}\u0001${line.text}`;
  const beforeParagraphs = bodyLines(before).map(key);
  const afterParagraphs = bodyLines(after).map(key);
  const paragraphs = diffLines(beforeParagraphs, afterParagraphs).map((change) => {
    const [part, text] = change.text.split('\u0001') as [BodyLinePart, string];
    return { ...change, text, part };
  });
  const addedCount = paragraphs.filter((change) => change.kind === 'added').length;
  const removedCount = paragraphs.length - addedCount;
  return {
    fields,
    paragraphs,
    addedCount,
    removedCount,
    unchangedCount: afterParagraphs.length - addedCount,
  };
}

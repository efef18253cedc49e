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

/** The body as paragraphs of plain text (figures and related-news boxes by their visible text). */
export function bodyParagraphs(article: Pick<Article, 'body'>): string[] {
  const out: string[] = [];
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
  walk(article.body.root as SerializedNodeShape, null);
  return out;
}

export type FieldName = 'headline' | 'sapo' | 'byline';

export interface FieldChange {
  field: FieldName;
  before: string;
  after: string;
}

export type ParagraphChange = { kind: 'added' | 'removed'; text: string; index: number };

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
  const beforeParagraphs = bodyParagraphs(before);
  const afterParagraphs = bodyParagraphs(after);
  const paragraphs = diffLines(beforeParagraphs, afterParagraphs);
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

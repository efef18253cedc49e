/**
 * The body's text as a word count sees it. Related-news boxes are other
 * stories' headlines and summaries, not the article's own words, so they are
 * left out ("bài 800 chữ" counts the story alone); figure captions count.
 * Use with countWords (shared/text/count.ts).
 */
import type { ArticleBody, SerializedNodeShape } from '../article/schema';

/** Block types whose content is not the article's own text. */
const NOT_COUNTED = new Set(['related-news']);
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem']);

function collect(node: SerializedNodeShape, out: string[]): void {
  if (NOT_COUNTED.has(node.type)) return;
  // A figure's caption is read with the story, and the status bar counts it
  // (renderer/src/status/useBodyCounts.ts); its credit and alt text are not.
  // Left out here, a version in the history showed fewer words than the
  // status bar for the very same text.
  if (node.type === 'figure') {
    if (typeof node.caption === 'string') out.push(node.caption, '\n');
    return;
  }
  if (node.type === 'text' && typeof node.text === 'string') out.push(node.text);
  else if (node.type === 'linebreak') out.push('\n');
  else if (node.type === 'tab') out.push('\t');
  for (const child of node.children ?? []) collect(child, out);
  // Blocks are separated, so the last word of one never fuses with the first of the next.
  if (BLOCK_TYPES.has(node.type)) out.push('\n');
}

/** Text of a saved body (article.json), without related-news boxes. */
export function bodyTextForCounting(body: ArticleBody): string {
  const out: string[] = [];
  collect(body.root as SerializedNodeShape, out);
  return out.join('');
}

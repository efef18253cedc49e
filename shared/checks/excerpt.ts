/**
 * Short pieces of text for the findings list. Offsets are in the stored text,
 * which may be NFD, so cuts are moved off combining marks and surrogate halves
 * before the piece is normalised for display.
 */

// How much context to show on each side of the problem, in UTF-16 units.
const CONTEXT = 24;
const MAX_WHOLE = 60;
const COMBINING_OR_LOW_SURROGATE = /[\p{M}\uDC00-\uDFFF]/u;
const WHITESPACE_CONTROLS = /[\t\n\r\f\v]/g;

function isInsideCluster(text: string, index: number): boolean {
  return index > 0 && index < text.length && COMBINING_OR_LOW_SURROGATE.test(text.charAt(index));
}

function display(piece: string): string {
  return piece.replace(WHITESPACE_CONTROLS, ' ').normalize('NFC');
}

/**
 * Moves `steps` characters from `index` in direction `step` (±1), not counting
 * combining marks or low surrogates, so NFD text gets as much context as NFC.
 */
function walk(text: string, index: number, steps: number, step: 1 | -1): number {
  let at = index;
  let left = steps;
  while (left > 0 && at > 0 && at < text.length) {
    at += step;
    if (!COMBINING_OR_LOW_SURROGATE.test(text.charAt(at))) left -= 1;
  }
  return Math.min(text.length, Math.max(0, at));
}

/** `text[offset, offset+length)` with some context, cut at spaces where possible. */
export function excerptAround(text: string, offset: number, length: number): string {
  let start = offset <= 0 ? 0 : walk(text, offset, CONTEXT, -1);
  let end = walk(text, Math.min(text.length, offset + length), CONTEXT, 1);
  if (offset + length >= text.length) end = text.length;
  if (start > 0) {
    // Start on a word: after the first space of the context, if there is one.
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < offset) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > offset + length) end = space;
  }
  while (isInsideCluster(text, start)) start -= 1;
  while (isInsideCluster(text, end)) end += 1;
  return (start > 0 ? '…' : '') + display(text.slice(start, end)) + (end < text.length ? '…' : '');
}

/** A whole short field, or its beginning. */
export function excerptOf(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= MAX_WHOLE) return display(trimmed);
  let end = trimmed.lastIndexOf(' ', MAX_WHOLE);
  if (end <= 0) end = MAX_WHOLE;
  while (isInsideCluster(trimmed, end)) end += 1;
  return display(trimmed.slice(0, end)) + '…';
}

/**
 * Spacing and quotation marks, over every published text unit. These are the
 * slips of fast typing and of copy-pasting from other sources.
 */
import { excerptAround } from './excerpt';
import { locationOf, type FindingSink } from './sink';
import type { CheckOptions } from './types';
import type { TextUnit } from './units';

// Ordinary and no-break spaces: a run of two or more is a typing slip (tabs are
// layout and line breaks are structure, so neither counts).
const SPACE_RUN = /[ \u00a0]{2,}/g;

// Spaces right before , . ; : ! ? when the mark ends a phrase (followed by a
// space, the end, another mark or a closing bracket/quote). A mark followed by a
// letter or digit is left alone: ".NET" is a name, and "lúc 8 :30" is too rare to
// be worth the false alarms. " ..." is an ellipsis, which may open a phrase.
const SPACE_BEFORE_MARK = /[ \u00a0]+([,.;:!?])(?![\p{L}\p{N}])/gu;

const STRAIGHT_QUOTE = /["']/g;
const OPENS_AFTER = /[\s([{\-–—/“‘]/u;

/** The curly quote a straight one stands for, from what comes before it. */
function curlyFor(text: string, index: number): string {
  const quote = text.charAt(index);
  const before = index === 0 ? ' ' : text.charAt(index - 1);
  const opening = OPENS_AFTER.test(before);
  if (quote === '"') return opening ? '“' : '”';
  // After a letter it closes a quote or is an apostrophe (O'Brien): ’ either way.
  return opening ? '‘' : '’';
}

function checkSpaceBeforePunctuation(unit: TextUnit, sink: FindingSink): Set<number> {
  const reported = new Set<number>();
  if (!sink.isOn('space-before-punctuation')) return reported;
  for (const match of unit.text.matchAll(SPACE_BEFORE_MARK)) {
    const mark = match[1] as string;
    const spaces = match[0].length - mark.length;
    // Directly after a line break (or at the start) the space is indentation, and
    // an ellipsis ("...") keeps its space.
    if (match.index === 0 || unit.text.charAt(match.index - 1) === '\n') continue;
    if (mark === '.' && unit.text.charAt(match.index + spaces + 1) === '.') continue;
    reported.add(match.index);
    sink.add('space-before-punctuation', unit.order, locationOf(unit), {
      offset: match.index,
      length: spaces,
      excerpt: excerptAround(unit.text, match.index, match[0].length),
      params: { mark },
    });
  }
  return reported;
}

function checkDoubleSpace(unit: TextUnit, sink: FindingSink, alreadyReported: Set<number>): void {
  if (!sink.isOn('double-space')) return;
  for (const match of unit.text.matchAll(SPACE_RUN)) {
    // Spaces before a comma are one slip, reported once (deleting them fixes both).
    if (alreadyReported.has(match.index)) continue;
    // Leading and trailing spaces are trimmed on export: nothing a reader sees.
    const end = match.index + match[0].length;
    if (unit.text.slice(0, match.index).trim() === '' || unit.text.slice(end).trim() === '')
      continue;
    sink.add('double-space', unit.order, locationOf(unit), {
      offset: match.index,
      length: match[0].length,
      excerpt: excerptAround(unit.text, match.index, match[0].length),
      params: { count: match[0].length },
    });
  }
}

function checkQuotes(unit: TextUnit, sink: FindingSink): void {
  const location = locationOf(unit);
  for (const match of unit.text.matchAll(STRAIGHT_QUOTE)) {
    sink.add('straight-quotes', unit.order, location, {
      offset: match.index,
      length: 1,
      excerpt: excerptAround(unit.text, match.index, 1),
      params: { quote: match[0], suggestion: curlyFor(unit.text, match.index) },
    });
  }
}

export function checkTypography(
  units: readonly TextUnit[],
  options: CheckOptions,
  sink: FindingSink,
): void {
  const quotes = options.curlyQuotes && sink.isOn('straight-quotes');
  for (const unit of units) {
    checkDoubleSpace(unit, sink, checkSpaceBeforePunctuation(unit, sink));
    if (quotes) checkQuotes(unit, sink);
  }
}

/**
 * Length limits are in user-perceived characters, so "ế" counts once whether it
 * is stored as NFC (1 code unit) or NFD (3). Unlike shared/text/count.ts this
 * also says where the limit falls, so the UI can mark the part over it.
 */

let segmenter: Intl.Segmenter | null | undefined;

// Built once: constructing a segmenter costs far more than one count.
function graphemeSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter('vi', { granularity: 'grapheme' })
        : null;
  }
  return segmenter;
}

const MARK = /\p{M}/u;

/** UTF-16 start of each character of `text`. */
function characterStarts(text: string): number[] {
  const starts: number[] = [];
  const graphemes = graphemeSegmenter();
  if (graphemes) {
    for (const segment of graphemes.segment(text)) starts.push(segment.index);
    return starts;
  }
  // Without Intl.Segmenter: a code point that is not a combining mark starts a character.
  let index = 0;
  for (const codePoint of text) {
    if (starts.length === 0 || !MARK.test(codePoint)) starts.push(index);
    index += codePoint.length;
  }
  return starts;
}

export interface MeasuredField {
  /** Characters of the trimmed text. */
  length: number;
  /** UTF-16 offset (in the untrimmed text) of character number `limit + 1`, or -1 if within the limit. */
  overflowAt: number;
  /** UTF-16 end of the trimmed text, in the untrimmed text. */
  end: number;
}

export function measureField(text: string, limit: number): MeasuredField {
  const leading = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const starts = characterStarts(trimmed);
  const over = starts[limit];
  return {
    length: starts.length,
    overflowAt: over === undefined || limit < 0 ? -1 : leading + over,
    end: leading + trimmed.length,
  };
}

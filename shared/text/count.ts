/**
 * Word, character and reading-time counts for the editor's status bar.
 *
 * Vietnamese writes one syllable per space-separated unit and newsrooms count
 * those ("bài 800 chữ" means 800 syllables), which is exactly what
 * Intl.Segmenter('vi') yields as word-like segments. Where Intl.Segmenter is
 * missing (older runtimes), splitting on whitespace gives the same count for
 * ordinary prose.
 */

type Granularity = 'word' | 'grapheme';

const segmenters = new Map<Granularity, Intl.Segmenter | null>();

// Built once per granularity: constructing a segmenter costs far more than a count.
function segmenter(granularity: Granularity): Intl.Segmenter | null {
  let cached = segmenters.get(granularity);
  if (cached === undefined) {
    cached =
      typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('vi', { granularity }) : null;
    segmenters.set(granularity, cached);
  }
  return cached;
}

// A whitespace-separated chunk counts as a word only if it has a letter or digit,
// so a lone dash or "…" is not a word (matching isWordLike).
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/** Fallback word count, also exported so both paths can be tested. */
export function countWordsByWhitespace(text: string): number {
  let count = 0;
  for (const chunk of text.split(/\s+/u)) if (HAS_WORD_CHAR.test(chunk)) count += 1;
  return count;
}

/**
 * V8's Intl.Segmenter slows down quadratically on long inputs (a 64,000-character
 * body takes seconds to segment; see docs/benchmarks.md). Segments never span a
 * whitespace character followed by a non-mark, so the text is fed in chunks cut
 * just after such whitespace: the counts add up exactly.
 */
const CHUNK_CHARS = 1024;
const COMBINING_MARK = /\p{M}/u;

export function* segmentableChunks(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > CHUNK_CHARS) {
    let cut = -1;
    for (let i = start + CHUNK_CHARS; i > start; i--) {
      const char = text[i - 1]!;
      const next = text[i] ?? '';
      if (/\s/u.test(char) && !COMBINING_MARK.test(next) && !(char === '\r' && next === '\n')) {
        cut = i;
        break;
      }
    }
    if (cut === -1) break; // No safe cut in this window: segment the rest whole.
    yield text.slice(start, cut);
    start = cut;
  }
  yield text.slice(start);
}

/** Number of words in the Vietnamese sense: syllables (and numbers, English words). */
export function countWords(text: string): number {
  const words = segmenter('word');
  if (!words) return countWordsByWhitespace(text);
  let count = 0;
  for (const chunk of segmentableChunks(text)) {
    for (const segment of words.segment(chunk)) if (segment.isWordLike) count += 1;
  }
  return count;
}

/**
 * Number of user-perceived characters, spaces and punctuation included (what a
 * headline length limit means). Graphemes make "ế" one character whether it is
 * stored as NFC (1 code point) or NFD (3 code points).
 */
export function countCharacters(text: string): number {
  const graphemes = segmenter('grapheme');
  if (!graphemes) return Array.from(text.normalize('NFC')).length;
  let count = 0;
  for (const chunk of segmentableChunks(text)) {
    for (const _ of graphemes.segment(chunk)) count += 1;
  }
  return count;
}

/** Minutes to read `words` words at `wpm`, rounded up; 0 only for no words. */
export function readingTimeMinutes(words: number, wpm = 200): number {
  if (!(wpm > 0) || !Number.isFinite(wpm))
    throw new RangeError(`wpm must be a positive number, got ${wpm}`);
  if (!(words > 0)) return 0;
  return Math.max(1, Math.ceil(words / wpm));
}

/**
 * Tone-mark placement styles.
 *
 * Vietnamese has two accepted places for the tone mark in open syllables whose
 * vowel is oa, oe or uy: the "old" style puts it on the first vowel (hòa, khỏe,
 * thủy — what most large news sites use), the "new" style on the second (hoà,
 * khoẻ, thuỷ — what dictionary-vi accepts). Everything else is spelled the same
 * in both: closed syllables (hoàn, khoét, thuyền), triphthongs (ngoài, khuỷu),
 * and qu-/gi- syllables where u/i belongs to the consonant (quý, quá).
 *
 * A newsroom wants one style per article, so these helpers rewrite only the
 * syllables where the styles differ and count both styles for a "mixed" check.
 */

export type ToneStyle = 'old' | 'new';

export interface ToneStyleCounts {
  /** Syllables written in the old style (hòa, thủy). */
  old: number;
  /** Syllables written in the new style (hoà, thuỷ). */
  new: number;
}

// The five tone marks as combining characters (grave, acute, tilde, hook, dot
// below). Breve, circumflex and horn are vowel qualities, not tones.
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const COMBINING = /[\u0300-\u036f]/;

// A syllable whose tone placement differs between styles: an optional Vietnamese
// initial consonant, then exactly oa/oe/uy and nothing after. "q" is not an
// initial on its own (qu is), so qua/quy never match; "gi" is listed as an
// initial so that its i is never taken for a vowel. Letters outside the
// Vietnamese initials (f, j, w, z) keep foreign words such as "Zoé" untouched.
const AMBIGUOUS_SYLLABLE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?(oa|oe|uy)$/;

// Tokens are runs of letters (and stray combining marks when the input had
// sequences that NFC could not compose).
const TOKEN = /[\p{L}\p{M}]+/gu;

// The longest candidate in NFC is ngh + two vowels: anything longer is skipped
// before any per-letter work.
const MAX_CANDIDATE_LENGTH = 5;

interface Letter {
  base: string;
  /** Vowel-quality marks kept in place (breve, circumflex, horn). */
  marks: string;
  tone: string;
}

interface Analysis {
  letters: Letter[];
  tone: string;
  /** Index of the first vowel of oa/oe/uy. */
  first: number;
  /** Where the tone currently sits: first or second vowel. */
  style: ToneStyle;
}

function analyse(token: string): Analysis | null {
  if (token.length > MAX_CANDIDATE_LENGTH) return null;
  const decomposed = token.normalize('NFD');
  const letters: Letter[] = [];
  let tone = '';
  let toneAt = -1;
  for (const ch of decomposed) {
    if (COMBINING.test(ch)) {
      const current = letters[letters.length - 1];
      if (!current) return null;
      if (TONE_MARKS.has(ch)) {
        // Two tone marks is not a Vietnamese syllable: leave it alone.
        if (tone) return null;
        tone = ch;
        current.tone = ch;
        toneAt = letters.length - 1;
      } else {
        current.marks += ch;
      }
    } else {
      letters.push({ base: ch, marks: '', tone: '' });
    }
  }
  if (!tone) return null;
  // The key keeps vowel qualities (so "hoă", "thuê" do not match) and drops tones.
  const key = letters
    .map((l) => l.base + l.marks)
    .join('')
    .normalize('NFC')
    .toLowerCase();
  // A letter with a quality mark composes into one code unit in NFC (ê, ơ); a
  // key of a different length means the letters did not map one-to-one.
  if (key.length !== letters.length) return null;
  const match = AMBIGUOUS_SYLLABLE.exec(key);
  if (!match) return null;
  const first = match[1]?.length ?? 0;
  if (toneAt === first) return { letters, tone, first, style: 'old' };
  if (toneAt === first + 1) return { letters, tone, first, style: 'new' };
  return null;
}

function convertToken(token: string, style: ToneStyle): string {
  const analysis = analyse(token);
  if (!analysis || analysis.style === style) return token;
  const { letters, tone, first } = analysis;
  const target = style === 'old' ? first : first + 1;
  return letters
    .map((l, i) => l.base + l.marks + (i === target ? tone : ''))
    .join('')
    .normalize('NFC');
}

/**
 * Rewrites the oa/oe/uy open syllables of `text` into `style`, keeping the case
 * of every letter. Accepts NFC or NFD input and returns NFC. Idempotent.
 */
export function convertToneStyle(text: string, style: ToneStyle): string {
  return text.normalize('NFC').replace(TOKEN, (token) => convertToken(token, style));
}

/** Counts the syllables written in each style, for a "mixed tone styles" check. */
export function detectToneStyles(text: string): ToneStyleCounts {
  const counts: ToneStyleCounts = { old: 0, new: 0 };
  for (const match of text.normalize('NFC').matchAll(TOKEN)) {
    const analysis = analyse(match[0]);
    if (analysis) counts[analysis.style] += 1;
  }
  return counts;
}

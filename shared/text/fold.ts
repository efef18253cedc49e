/**
 * Diacritic folding for search keys: "Bắc Giang" → "bac giang", "đồng" → "dong".
 *
 * Vietnamese search must match what people type without an input method (or with
 * a half-working one), so index and query are both folded the same way. NFD splits
 * every Vietnamese letter into a base letter plus combining marks (tone marks and
 * the breve/circumflex/horn), so stripping the Combining Diacritical Marks block
 * covers all of them, including ỷ ỹ ỵ that `remove-accents` leaves alone. Đ/đ has
 * no decomposition and needs its own replacement, as has Ð/ð (U+00D0, the
 * Icelandic eth), which looks the same and which text converted from the old
 * Vietnamese encodings (TCVN3, VNI) often holds in place of Đ.
 *
 * Only U+0300–U+036F is stripped, not every \p{M}: marks of other scripts (Thai,
 * Devanagari vowel signs) carry meaning and must not be conflated.
 */

// One global replace per pass: this runs over every headline and sapo of a
// 10,000-article library, so no per-character callbacks.
const COMBINING_MARKS = /[\u0300-\u036f]+/g;
const D_STROKE = /[đð]/g;
// Most search keys typed by users are plain ASCII: skip normalisation for them.
// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;

export function foldDiacritics(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII_ONLY.test(lower)) return lower;
  // The final NFC recomposes what NFD split in other scripts (Hangul syllables
  // decompose into jamo) so the key stays readable and stable.
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_STROKE, 'd')
    .normalize('NFC');
}

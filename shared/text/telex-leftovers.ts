/**
 * Finds Telex keystrokes that never became Vietnamese letters ("tooi", "dduwowcj",
 * "vieejt") — what a story looks like when the input method was off or lost focus
 * mid-word. The check runs on whole articles that also quote English and brand
 * names, so it is deliberately conservative: a false alarm on "show" or "Google"
 * teaches reporters to ignore the warning.
 *
 * A token is flagged only if all of these hold:
 * 1. It is ASCII letters only (text typed with the input method on has
 *    Vietnamese letters and is not a leftover) and not camel-cased like "DDoS" or
 *    "iPhone" (brands; someone typing raw Telex does not produce that).
 * 2. Read as Telex, it spells one well-formed Vietnamese syllable: initial
 *    consonant (đ written dd), a vowel cluster, an optional final consonant, and at
 *    most one tone letter (s f r x j) after the vowels.
 * 3. Its Telex markers are unlikely in English: one strong marker (dd, uw, aa,
 *    ee/oo next to another vowel as in "tooi"/"vieet", ow/aw before a final other
 *    than n, ow before i, a j, an f right after the vowels) or two weak ones
 *    (ee/oo, ow/aw, a bare w, an s/r/x tone letter). English "seen", "down", "cows" show why the weak ones need company;
 *    the few English words that still fit both are listed below.
 * VNI leftovers (a1, o7) are not looked for: digits inside words are common in
 * product names and scores.
 */

export interface TelexLeftover {
  /** UTF-16 offset of the token in the text. */
  index: number;
  length: number;
  token: string;
}

// Common English words that still read as Telex leftovers under the rules above.
const ENGLISH = new Set([
  // plurals of -ow/-ee/-oo words
  ...'bees bows boos coos cows hows lees lows moos mows nows pees rows sees sows tees tows vows zoos'.split(
    ' ',
  ),
  // words ending in vowel + f, since a trailing f (huyền) counts as strong
  ...'of if chef ref beef reef loaf oaf goof hoof roof poof'.split(' '),
]);

// Longest first so 'ngh' wins over 'ng' and 'n'; '' is a syllable without one.
const INITIALS = [
  ...'ngh ng nh ch gh gi kh ph th tr qu dd b c d g h k l m n p r s t v x'.split(' '),
  '',
];

// Rest of the token after the initial: raw vowel keys (w included), then the tone
// letter and the final consonant in either order, as Telex allows both "vieejt"
// and "vieetj".
const REST = /^([aeiouyw]+)(?:([sfrxj])(ch|nh|ng|c|m|n|p|t)?|(ch|nh|ng|c|m|n|p|t)([sfrxj])?)?$/;

// Vowel clusters of Vietnamese, after Telex is applied, that may end a syllable
// (open) and that may take a final consonant (closed). Written with the letters
// Telex produces: â=A ă=W ê=E ô=O ơ=Q ư=U (uppercase stands for the marked vowel).
const OPEN = new Set(
  'a e E i o O Q u U y ai ao au Au ay Ay eo Eu ia iu oa oe oi Oi Qi ua ui uy Ua Ui Uu uE iEu yEu oai oay oeo uAy uOi uya uyu UQi UQu'.split(
    ' ',
  ),
);
const CLOSED = new Set('a W A e E i o O Q u U y iE yE oa oW oe oo uA uE uO UQ uy uyE'.split(' '));

const CAMEL = /[a-z][A-Z]/;
const WORD = /[A-Za-z]+/g;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

interface Reading {
  strong: number;
  weak: number;
}

/** Applies Telex vowel keys; returns the cluster in the OPEN/CLOSED alphabet, or null. */
function telexVowels(
  raw: string,
  marks: Reading,
  final: string,
  hasInitial: boolean,
): string | null {
  let out = '';
  for (let i = 0; i < raw.length; i += 1) {
    const ch = raw[i] as string;
    const prev = out[out.length - 1];
    if (ch === 'w') {
      if (prev === 'u') {
        out = out.slice(0, -1) + 'U';
        marks.strong += 1;
      } else if (prev === 'o') {
        // "uow" is ươ in one go: both vowels take the horn.
        const before = out[out.length - 2];
        const next = raw[i + 1];
        out = before === 'u' || before === 'U' ? out.slice(0, -2) + 'UQ' : out.slice(0, -1) + 'Q';
        if (before === 'u' || before === 'U' || next === 'i' || (final !== '' && final !== 'n'))
          marks.strong += 1;
        else marks.weak += 1;
      } else if (prev === 'a') {
        out = out.slice(0, -1) + 'W';
        if (final !== '' && final !== 'n') marks.strong += 1;
        else marks.weak += 1;
      } else if (prev === undefined && hasInitial) {
        // A bare w types ư ("tw" = tư); at the start of a token it is English ("was").
        out = 'U';
        marks.weak += 1;
      } else return null;
    } else if ((ch === 'a' || ch === 'e' || ch === 'o') && prev === ch) {
      out = out.slice(0, -1) + ch.toUpperCase();
      const neighbour = out.length > 1 || i + 1 < raw.length;
      // aa never occurs in English; ee/oo do ("seen", "room") unless next to
      // another vowel ("tooi", "vieet") or before c/ng/nh.
      if (ch === 'a' || neighbour || final === 'c' || final === 'ng' || final === 'nh')
        marks.strong += 1;
      else marks.weak += 1;
    } else out += ch;
  }
  return out;
}

function readSyllable(lower: string, acronym: boolean): Reading | null {
  for (const initial of INITIALS) {
    if (!lower.startsWith(initial)) continue;
    const rest = REST.exec(lower.slice(initial.length));
    if (!rest) continue;
    const raw = rest[1] as string;
    const tone = rest[2] ?? rest[5] ?? '';
    const final = rest[3] ?? rest[4] ?? '';
    const marks: Reading = { strong: initial === 'dd' ? 1 : 0, weak: 0 };
    const vowels = telexVowels(raw, marks, final, initial !== '');
    if (vowels === null) continue;
    // Only real Vietnamese rhymes: keeps "two" (ưo) or "saw" (open ă) out.
    if (!(final ? CLOSED : OPEN).has(vowels)) continue;
    if (tone) {
      // A trailing s after a final consonant is far more often an English plural
      // ("moons", "downs") than a sắc; j (nặng) hardly ends any English word.
      const plural = tone === 's' && final !== '' && lower.endsWith(final + 's');
      // and a trailing r after ee/oo is English -eer/-oor ("beer", "door").
      const eerOor = tone === 'r' && final === '' && /(?:ee|oo)r$/.test(lower);
      // Huyền (f) marks the most common words (là, và, người) and few English
      // words end in a vowel + f; those few are listed in ENGLISH.
      // Not in capitals, though: "BOJ", "RAF", "MOF" are acronyms news text is full
      // of, and Caps Lock Telex still shows its doubled or horned vowels ("VIEETJ").
      if (!acronym && (tone === 'j' || (tone === 'f' && final === ''))) marks.strong += 1;
      else if (!plural && !eerOor) marks.weak += 1;
    }
    if (marks.strong + marks.weak === 0) continue;
    return marks;
  }
  return null;
}

/** True when a single token looks like unprocessed Telex. */
export function isTelexLeftover(token: string): boolean {
  if (!/^[A-Za-z]+$/.test(token) || CAMEL.test(token)) return false;
  const lower = token.toLowerCase();
  if (ENGLISH.has(lower)) return false;
  const reading = readSyllable(lower, token.length > 1 && token === token.toUpperCase());
  return reading !== null && (reading.strong >= 1 || reading.weak >= 2);
}

/** Every Telex leftover in `text`, in order, with its UTF-16 position. */
export function findTelexLeftovers(text: string): TelexLeftover[] {
  const found: TelexLeftover[] = [];
  for (const match of text.matchAll(WORD)) {
    const token = match[0];
    const index = match.index;
    // An ASCII run glued to Vietnamese letters ("Nguyễn" → "Nguy", "n") is part
    // of a real word, not a token of its own.
    // NFD text puts a combining mark right after the ASCII run, which counts too.
    const before = text.charAt(index - 1);
    const after = text.charAt(index + token.length);
    if (LETTER_OR_MARK.test(before) || LETTER_OR_MARK.test(after)) continue;
    if (isTelexLeftover(token)) found.push({ index, length: token.length, token });
  }
  return found;
}

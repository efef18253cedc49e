/**
 * Is this a possible Vietnamese syllable? An offline spelling check built from
 * Vietnamese phonotactics and orthography, with no word list: a syllable is an
 * onset, a rhyme and a tone, and it is well spelled when
 * - the onset is one of the 27 written onsets and its spelling fits the rhyme
 *   (k/gh/ngh only before i, e, ê, y; c/g/ng never there; qu takes the
 *   rhymes of the u- medial; gi may absorb the rhyme's i, as in gì, giếng);
 * - the rhyme is one of Vietnamese's ~160 written rhymes;
 * - a stop-final rhyme (-p -t -c -ch) carries only sắc or nặng;
 * - the tone mark sits on the vowel the orthography puts it on (either style
 *   for oa/oe/uy, see tone-marks.ts).
 *
 * A dictionary would also catch real syllables used wrongly, but the only
 * Vietnamese hunspell list (dictionary-vi) is GPL-2.0 and accepts only the new
 * tone style; this catches what reporters mostly mistype — a wrong or missing
 * vowel mark, a tone on the wrong letter, a dropped or doubled letter — and
 * never flags a correct syllable.
 *
 * Only tokens that carry a Vietnamese letter or mark are judged: plain ASCII
 * words may be English or names (the Telex-leftover check covers raw keys).
 */
import { convertToneStyle, type ToneStyle } from './tone-marks';

const QUALITY: Record<string, string> = { '\u0302': '^', '\u0306': '(', '\u031b': '+' };
const TONES: Record<string, Tone> = {
  '\u0300': 'huyen',
  '\u0301': 'sac',
  '\u0303': 'nga',
  '\u0309': 'hoi',
  '\u0323': 'nang',
};
const TONE_MARK: Record<Tone, string> = {
  ngang: '',
  huyen: '\u0300',
  sac: '\u0301',
  nga: '\u0303',
  hoi: '\u0309',
  nang: '\u0323',
};

export type Tone = 'ngang' | 'huyen' | 'sac' | 'nga' | 'hoi' | 'nang';

const ALPHABET = new Set([...'aăâbcdđeêghiklmnoôơpqrstuưvxy']);
const VOWELS = new Set([...'aăâeêioôơuưy']);
const MARKED_VOWELS = new Set([...'ăâêôơư']);
const FRONT = new Set(['i', 'e', 'ê', 'y']);

// Longest first, so "ngh" is tried before "ng" and "n".
const ONSETS = [
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'th',
  'tr',
  'qu',
  ...'bcdđghklmnprstvx',
  '',
];

const RHYMES = new Set(
  [
    // open, and closed by the semivowels i/y, o/u
    'a ai ao au ay âu ây e eo ê êu i ia iu iêu yêu o oi ô ôi ơ ơi u ua ui uôi ư ưa ưi ưu ươi ươu y',
    'oa oai oay oao oe oeo uê uy uya uyu uây uơ',
    // closed by m n ng nh p t c ch
    'am an ang anh ap at ac ach ăm ăn ăng ăp ăt ăc âm ân âng âp ât âc',
    'em en eng ep et ec êm ên ênh êp êt êch im in inh ip it ich',
    'om on ong op ot oc oong ooc ôm ôn ông ôp ôt ôc ơm ơn ơp ơt',
    'um un ung up ut uc ưm ưn ưng ưt ưc',
    'iêm iên iêng iêp iêt iêc yêm yên yêt uôm uôn uông uôt uôc ươm ươn ương ươp ươt ươc',
    'oam oan oang oanh oap oat oac oach oăm oăn oăng oăp oăt oăc oen oet',
    'uân uâng uât uênh uêch uyn uynh uych uyt uyên uyêt',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Spellings of Central Highlands place and people names, outside the national
 * orthography: onsets kr, dr, đr, br, hr, xt and finals -k, -h (Đắk Lắk, Krông
 * Búk, M'Đrắk, Chư Păh, Đạ Tẻh, Chư Pưh; the Brâu, Hrê, Xtiêng peoples), -k
 * with any tone (Đăk Hà, Đăk Tô, Đak Pơ are the official names). Accepted,
 * never suggested: "Krưm" is no fix for a typo.
 */
const NAME_ONSETS = ['kr', 'dr', 'đr', 'br', 'hr', 'xt'];
const NAME_RHYMES = new Set(['ak', 'ăk', 'uk', 'ăh', 'eh', 'ưh']);

// Not -k: in the names above it takes any tone.
const STOP_FINALS = ['ch', 'p', 't', 'c'];
/** oa, oe, uy open rhymes: the tone may sit on either vowel (old and new styles). */
const EITHER_STYLE = new Set(['oa', 'oe', 'uy']);

interface Parsed {
  /** Lower-case letters without tone, each one code point (NFC). */
  letters: string[];
  tone: Tone;
  /** Index in `letters` of the letter carrying the tone, or -1. */
  toneAt: number;
}

/** Lower-cased letters with the tone split off; null if not a single Vietnamese-alphabet syllable shape. */
function parse(token: string): Parsed | null {
  const letters: string[] = [];
  let tone: Tone = 'ngang';
  let toneAt = -1;
  for (const ch of token.normalize('NFC').toLowerCase()) {
    if (ch === 'đ') {
      letters.push('đ');
      continue;
    }
    const [base = '', ...marks] = [...ch.normalize('NFD')];
    let quality = '';
    for (const mark of marks) {
      const toneOfMark = TONES[mark];
      if (toneOfMark) {
        if (toneAt !== -1) return null;
        tone = toneOfMark;
        toneAt = letters.length;
      } else if (QUALITY[mark]) {
        if (quality) return null;
        quality = mark;
      } else return null;
    }
    const letter = (base + quality).normalize('NFC');
    if (!ALPHABET.has(letter)) return null;
    letters.push(letter);
  }
  return { letters, tone, toneAt };
}

/** Where the orthography puts the tone, as indices into the rhyme's letters (two for oa/oe/uy). */
function tonePositions(rhyme: readonly string[]): number[] {
  let end = 0;
  while (end < rhyme.length && VOWELS.has(rhyme[end]!)) end += 1;
  const vowels = rhyme.slice(0, end);
  const closed = end < rhyme.length;
  let lastMarked = -1;
  vowels.forEach((vowel, index) => {
    if (MARKED_VOWELS.has(vowel)) lastMarked = index;
  });
  if (lastMarked !== -1) return [lastMarked];
  if (vowels.length === 1) return [0];
  if (closed) return [vowels.length - 1];
  if (vowels.length === 2 && EITHER_STYLE.has(vowels.join(''))) return [0, 1];
  return vowels.length === 3 ? [1] : [0];
}

function fitsOnset(onset: string, rhyme: string): boolean {
  const first = rhyme[0] ?? '';
  // k also before y (kỹ, kỷ); gh and ngh only before i, e, ê.
  if (onset === 'k') return FRONT.has(first);
  if (onset === 'gh' || onset === 'ngh') return FRONT.has(first) && first !== 'y';
  if (onset === 'c' || onset === 'g' || onset === 'ng') return !FRONT.has(first);
  // "yê-" spells a syllable with no onset (yên, yêu); with one it is written iê- (tiên).
  if (rhyme.startsWith('yê')) return onset === '';
  if (rhyme.startsWith('iê')) return onset !== '';
  return true;
}

/** Rhyme letters as written, and whether the syllable reads that way. */
function readings(
  letters: readonly string[],
  names: boolean,
): { onset: string; rhyme: string[]; offset: number }[] {
  const word = letters.join('');
  const found: { onset: string; rhyme: string[]; offset: number }[] = [];
  for (const onset of names ? [...NAME_ONSETS, ...ONSETS] : ONSETS) {
    if (!word.startsWith(onset)) continue;
    const rhyme = letters.slice(onset.length);
    const written = rhyme.join('');
    if (onset === 'qu') {
      // qu + a reads as the u- medial rhyme "ua" /wa/: quá, quyết, quốc.
      // (the o- medial of hoa, hoen is written u after q: quả, quen, quang).
      const medial = RHYMES.has('u' + written) || RHYMES.has('o' + written);
      // The rhyme keeps a vowel of its own: the u of qu is no vowel, so "qút",
      // "qụp" are not syllables (quýt, quát are).
      if (VOWELS.has(rhyme[0] ?? '') && !written.startsWith('u') && medial)
        found.push({ onset, rhyme, offset: onset.length });
      continue;
    }
    if (onset === 'gi') {
      // gi may stand for g + i: gì (gi + ì), gìn, giếng (gi + iêng).
      if (RHYMES.has('i' + written) && !written.startsWith('i'))
        found.push({ onset, rhyme: ['i', ...rhyme], offset: onset.length - 1 });
      if (written !== '' && !written.startsWith('i') && RHYMES.has(written))
        found.push({ onset, rhyme, offset: onset.length });
      continue;
    }
    const known = RHYMES.has(written) || (names && NAME_RHYMES.has(written));
    if (known && fitsOnset(onset, written)) found.push({ onset, rhyme, offset: onset.length });
  }
  return found;
}

function isValidParsed({ letters, tone, toneAt }: Parsed, names: boolean): boolean {
  for (const { rhyme, offset } of readings(letters, names)) {
    const written = rhyme.join('');
    if (STOP_FINALS.some((final) => written.endsWith(final)) && tone !== 'sac' && tone !== 'nang')
      continue;
    if (toneAt === -1) return true;
    // With gi + ì the i is shared: positions count from the onset's i.
    if (tonePositions(rhyme).some((position) => position + offset === toneAt)) return true;
  }
  return false;
}

// Letters of the Vietnamese alphabet and its marks, decomposed: f, j, w, z, ç, ñ…
// mean a foreign word or name, which is not ours to judge.
const VIETNAMESE_ONLY =
  /^(?:[abcdeghiklmnopqrstuvxyđ]|\u0300|\u0301|\u0302|\u0303|\u0306|\u0309|\u031b|\u0323)+$/;
// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;
// Every syllable has a vowel: capitals without one are an abbreviation (HĐND,
// ĐBSCL, BĐS, NĐ-CP), which news text is full of, not a misspelled syllable.
const VOWEL = /[aeiouy]/i;

/** True when the token should be judged: it has a Vietnamese letter or mark and no foreign letter. */
export function isVietnameseCandidate(token: string): boolean {
  if (ASCII_ONLY.test(token)) return false;
  const decomposed = token.normalize('NFD');
  if (decomposed === decomposed.toUpperCase() && !VOWEL.test(decomposed)) return false;
  return VIETNAMESE_ONLY.test(decomposed.toLowerCase());
}

/**
 * Whether `token` (one run of letters) is a well-formed Vietnamese syllable.
 * The Highlands name spellings only with a capital, as names are written: in
 * lower case "drược" is a typo of "được", not a name.
 */
export function isValidSyllable(token: string): boolean {
  return isSyllable(token, /^\p{Lu}/u.test(token));
}

/** `names`: also the Highlands place-name spellings. */
function isSyllable(token: string, names: boolean): boolean {
  const parsed = parse(token);
  return parsed !== null && parsed.letters.length > 0 && isValidParsed(parsed, names);
}

/** A syllable spelled from toneless letters and a tone, the tone placed by the orthography (old style). */
export function composeSyllable(letters: readonly string[], tone: Tone): string | null {
  const parsed: Parsed = { letters: [...letters], tone, toneAt: -1 };
  for (const { rhyme, offset } of readings(parsed.letters, false)) {
    const written = rhyme.join('');
    if (STOP_FINALS.some((final) => written.endsWith(final)) && tone !== 'sac' && tone !== 'nang')
      continue;
    const at = tone === 'ngang' ? -1 : (tonePositions(rhyme)[0] ?? 0) + offset;
    return letters
      .map((letter, index) => (index === at ? letter + TONE_MARK[tone] : letter))
      .join('')
      .normalize('NFC');
  }
  return null;
}

function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase() && [...model].length > 1)
    return word.toUpperCase();
  const [first = '', ...rest] = [...word];
  return model[0] === model[0]?.toUpperCase() && model[0] !== model[0]?.toLowerCase()
    ? first.toUpperCase() + rest.join('')
    : word;
}

const SUGGESTION_LETTERS = [...ALPHABET];

/**
 * Likely intended spellings of an invalid syllable, best first: the same
 * letters with the tone moved to its place or changed to one a stop final
 * allows, then one letter changed, added, removed or swapped. Keeps the case,
 * and spells oa/oe/uy in the house `style` (a picked suggestion must not be
 * what the tone-style check then flags).
 */
export function suggestSyllables(token: string, limit = 6, style: ToneStyle = 'old'): string[] {
  const parsed = parse(token);
  const out: string[] = [];
  const add = (candidate: string | null) => {
    if (candidate === null) return;
    const cased = matchCase(token, convertToneStyle(candidate, style));
    if (cased !== token && !out.includes(cased) && isSyllable(cased, false)) out.push(cased);
  };
  if (!parsed) return out;
  const { letters, tone } = parsed;
  add(composeSyllable(letters, tone));
  for (const other of ['sac', 'nang'] as const) add(composeSyllable(letters, other));
  const variants: string[][] = [];
  for (let i = 0; i < letters.length; i += 1) {
    variants.push([...letters.slice(0, i), ...letters.slice(i + 1)]);
    for (const letter of SUGGESTION_LETTERS) {
      variants.push([...letters.slice(0, i), letter, ...letters.slice(i + 1)]);
      variants.push([...letters.slice(0, i), letter, ...letters.slice(i)]);
    }
    if (i + 1 < letters.length)
      variants.push([
        ...letters.slice(0, i),
        letters[i + 1]!,
        letters[i]!,
        ...letters.slice(i + 2),
      ]);
  }
  for (const letter of SUGGESTION_LETTERS) variants.push([...letters, letter]);
  // A changed vowel mark (o → ô, ơ) is the commonest slip: try those first.
  const base = (letter: string) => letter.normalize('NFD')[0];
  const score = (variant: string[]) =>
    variant.length === letters.length &&
    variant.every((letter, index) => base(letter) === base(letters[index]!))
      ? 0
      : 1;
  variants.sort((a, b) => score(a) - score(b));
  for (const variant of variants) {
    if (out.length >= limit) break;
    add(composeSyllable(variant, tone));
  }
  return out.slice(0, limit);
}

export interface MisspelledRange {
  index: number;
  length: number;
  word: string;
}

const TOKEN = /[\p{L}\p{M}]+/gu;

/** Likely misspelled syllables of `text`, with their UTF-16 positions. */
export function findMisspelledSyllables(
  text: string,
  isValid: (token: string) => boolean = isValidSyllable,
): MisspelledRange[] {
  const found: MisspelledRange[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    // A lone letter is a letter named ("chữ đ"), not a syllable.
    if (word.length < 2 || !isVietnameseCandidate(word) || isValid(word)) continue;
    found.push({ index: match.index, length: word.length, word });
  }
  return found;
}

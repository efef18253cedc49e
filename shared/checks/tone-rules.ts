/**
 * Tone-mark placement (hòa/hoà, thủy/thuỷ): one style per article. With a house
 * style every syllable in the other style is reported (`tone-style`); with
 * 'any', an article that uses both has each syllable of the less used style
 * reported (`mixed-tone-styles`). Counting and conversion are shared/text's; this
 * file only finds where each syllable is, in the text as stored (NFC or NFD).
 */
import {
  convertToneStyle,
  detectToneStyles,
  type ToneStyle,
  type ToneStyleCounts,
} from '../text/tone-marks';
import { excerptAround } from './excerpt';
import { locationOf, type FindingSink } from './sink';
import type { CheckOptions } from './types';
import type { TextUnit } from './units';

interface Syllable {
  unit: TextUnit;
  index: number;
  token: string;
  style: ToneStyle;
}

// Same tokens as shared/text/tone-marks: runs of letters and combining marks.
const TOKEN = /[\p{L}\p{M}]+/gu;
// The longest syllable whose styles differ is "ngh" + two vowels + a tone mark:
// 6 code units in NFD, 5 in NFC. Longer tokens are skipped before any other work.
const MAX_TOKEN_LENGTH = 6;
// Only syllables ending in oa, oe or uy (a tone mark on either vowel, no other
// mark on them) can differ by style. Checking that on the NFC token first keeps
// the full analysis, which decomposes every token, off ~99% of the words of an
// article: it was 80% of the check's time on a 10,000-word story.
const ENDS_LIKE_AMBIGUOUS = /(?:[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ])$/iu;
const COMBINING = /[\u0300-\u036f]/;

function findSyllables(units: readonly TextUnit[]): Syllable[] {
  const found: Syllable[] = [];
  for (const unit of units) {
    for (const match of unit.text.matchAll(TOKEN)) {
      const token = match[0];
      if (token.length > MAX_TOKEN_LENGTH) continue;
      const composed = COMBINING.test(token) ? token.normalize('NFC') : token;
      if (!ENDS_LIKE_AMBIGUOUS.test(composed)) continue;
      const counts = detectToneStyles(token);
      const style: ToneStyle | null = counts.old > 0 ? 'old' : counts.new > 0 ? 'new' : null;
      if (style !== null) found.push({ unit, index: match.index, token, style });
    }
  }
  return found;
}

/** The style to flag, or null when nothing needs flagging. */
function styleToFlag(options: CheckOptions, counts: ToneStyleCounts): ToneStyle | null {
  if (options.toneStyle === 'old') return 'new';
  if (options.toneStyle === 'new') return 'old';
  if (counts.old === 0 || counts.new === 0) return null;
  // On a tie the new style is the one flagged: most Vietnamese news sites use the old.
  return counts.new <= counts.old ? 'new' : 'old';
}

export function checkToneStyles(
  units: readonly TextUnit[],
  options: CheckOptions,
  sink: FindingSink,
): void {
  const rule = options.toneStyle === 'any' ? 'mixed-tone-styles' : 'tone-style';
  if (!sink.isOn(rule)) return;
  const syllables = findSyllables(units);
  const counts: ToneStyleCounts = { old: 0, new: 0 };
  for (const syllable of syllables) counts[syllable.style] += 1;
  const flagged = styleToFlag(options, counts);
  if (flagged === null) return;
  const wanted: ToneStyle = flagged === 'old' ? 'new' : 'old';
  for (const syllable of syllables) {
    if (syllable.style !== flagged) continue;
    const { unit, index, token } = syllable;
    sink.add(rule, unit.order, locationOf(unit), {
      offset: index,
      length: token.length,
      excerpt: excerptAround(unit.text, index, token.length),
      params: {
        word: token.normalize('NFC'),
        suggestion: convertToneStyle(token, wanted),
        style: flagged,
        expected: wanted,
        oldCount: counts.old,
        newCount: counts.new,
      },
    });
  }
}

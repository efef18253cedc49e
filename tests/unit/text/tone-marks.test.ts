import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertToneStyle, detectToneStyles } from '../../../shared/text/tone-marks';

// [old style, new style]: the syllables where the two styles differ.
const DIFFERENT: [string, string][] = [
  ['hòa', 'hoà'],
  ['họa', 'hoạ'],
  ['hóa', 'hoá'],
  ['hỏa', 'hoả'],
  ['thủy', 'thuỷ'],
  ['lũy', 'luỹ'],
  ['tùy', 'tuỳ'],
  ['khỏe', 'khoẻ'],
  ['xòe', 'xoè'],
  ['thúy', 'thuý'],
  ['khóa', 'khoá'],
  ['tòa', 'toà'],
  ['lòe', 'loè'],
  ['nhòa', 'nhoà'],
  ['trụy', 'truỵ'],
  ['ủy', 'uỷ'],
  ['òa', 'oà'],
  ['thỏa', 'thoả'],
  ['xóa', 'xoá'],
  ['lụy', 'luỵ'],
  ['hủy', 'huỷ'],
  ['khỏa', 'khoả'],
  ['ngòe', 'ngoè'],
  ['Hòa', 'Hoà'],
  ['HÒA', 'HOÀ'],
  ['THỦY', 'THUỶ'],
  ['Khỏe', 'Khoẻ'],
  ['KHỎE', 'KHOẺ'],
  ['hÒa', 'hOà'], // each letter keeps its own case
  ['đóa', 'đoá'],
  ['Đòa', 'Đoà'],
];

// Spelled the same in both styles: must never change.
const SAME = [
  'qua',
  'quá',
  'quả',
  'quý',
  'quỳ',
  'QUÝ',
  'hoàng',
  'thuyền',
  'hoàn',
  'khoét',
  'khuỷu',
  'ngoài',
  'xoay',
  'hoặc',
  'thuế',
  'thuở',
  'của',
  'già',
  'mùa',
  'hoa',
  'thuy',
  'Zoé',
  'café',
  'toán',
  'tuyết',
];

describe('convertToneStyle', () => {
  it.each(DIFFERENT)('%s ⇄ %s', (oldStyle, newStyle) => {
    expect(convertToneStyle(oldStyle, 'new')).toBe(newStyle);
    expect(convertToneStyle(newStyle, 'old')).toBe(oldStyle);
    expect(convertToneStyle(oldStyle, 'old')).toBe(oldStyle);
    expect(convertToneStyle(newStyle, 'new')).toBe(newStyle);
  });

  it.each(SAME)('leaves %s alone in both styles', (word) => {
    expect(convertToneStyle(word, 'new')).toBe(word);
    expect(convertToneStyle(word, 'old')).toBe(word);
  });

  it('rewrites only the differing syllables of a sentence', () => {
    const oldText =
      'Hòa Bình: thủy điện khỏe, quý khách qua đường, Hoàng Thùy Linh, ủy ban hóa chất.';
    const newText =
      'Hoà Bình: thuỷ điện khoẻ, quý khách qua đường, Hoàng Thuỳ Linh, uỷ ban hoá chất.';
    expect(convertToneStyle(oldText, 'new')).toBe(newText);
    expect(convertToneStyle(newText, 'old')).toBe(oldText);
  });

  it('accepts NFD input and returns NFC', () => {
    const out = convertToneStyle('Hòa Bình thủy'.normalize('NFD'), 'new');
    expect(out).toBe('Hoà Bình thuỷ');
    expect(out).toBe(out.normalize('NFC'));
  });

  it('handles empty text and text without letters', () => {
    expect(convertToneStyle('', 'old')).toBe('');
    expect(convertToneStyle('12/3 — …', 'new')).toBe('12/3 — …');
  });

  it('is idempotent and the two directions undo each other', () => {
    const syllable = fc.constantFrom(...DIFFERENT.flat(), ...SAME, ' ', ', ', 'Bình', 'đ');
    fc.assert(
      fc.property(
        fc.array(syllable),
        fc.constantFrom('old' as const, 'new' as const),
        (parts, style) => {
          const text = parts.join(' ');
          const once = convertToneStyle(text, style);
          expect(convertToneStyle(once, style)).toBe(once);
          const other = style === 'old' ? 'new' : 'old';
          expect(convertToneStyle(convertToneStyle(once, other), style)).toBe(once);
        },
      ),
    );
  });
});

describe('detectToneStyles', () => {
  it('counts each style', () => {
    expect(detectToneStyles('Hòa Bình, thuỷ điện, khỏe, quý, hoàng')).toEqual({ old: 2, new: 1 });
  });

  it('counts nothing where the styles agree', () => {
    expect(detectToneStyles('')).toEqual({ old: 0, new: 0 });
    expect(detectToneStyles('quý khách qua thuyền hoàng hoa')).toEqual({ old: 0, new: 0 });
  });

  it('reads NFD text like NFC', () => {
    const text = 'HÒA thủy Khoẻ';
    expect(detectToneStyles(text.normalize('NFD'))).toEqual({ old: 2, new: 1 });
  });

  it('finds nothing mixed after a conversion', () => {
    const text = DIFFERENT.map(([a, b]) => `${a} ${b}`).join(', ');
    expect(detectToneStyles(text)).toEqual({ old: DIFFERENT.length, new: DIFFERENT.length });
    expect(detectToneStyles(convertToneStyle(text, 'old'))).toEqual({
      old: 2 * DIFFERENT.length,
      new: 0,
    });
    expect(detectToneStyles(convertToneStyle(text, 'new'))).toEqual({
      old: 0,
      new: 2 * DIFFERENT.length,
    });
  });
});

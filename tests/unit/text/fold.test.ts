import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldDiacritics } from '../../../shared/text/fold';

describe('foldDiacritics', () => {
  it('lower-cases and strips tone and vowel marks', () => {
    expect(foldDiacritics('Bắc Giang')).toBe('bac giang');
    expect(foldDiacritics('Thành phố Hồ Chí Minh')).toBe('thanh pho ho chi minh');
    expect(foldDiacritics('người ƯỚC MƠ')).toBe('nguoi uoc mo');
  });

  it('folds đ and Đ to d', () => {
    expect(foldDiacritics('đồng')).toBe('dong');
    expect(foldDiacritics('ĐÀ NẴNG')).toBe('da nang');
  });

  it('folds the y vowels remove-accents misses', () => {
    expect(foldDiacritics('ỳ ý ỷ ỹ ỵ Ỳ Ý Ỷ Ỹ Ỵ')).toBe('y y y y y y y y y y');
  });

  it('gives the same key for NFC and NFD input', () => {
    const text = 'Hòa Bình, Quảng Ngãi, Đắk Lắk, thuỷ điện';
    expect(foldDiacritics(text.normalize('NFD'))).toBe(foldDiacritics(text.normalize('NFC')));
  });

  it('keeps punctuation, digits and spacing', () => {
    expect(foldDiacritics('')).toBe('');
    expect(foldDiacritics('  “Số 1”: 2.000 tỷ đồng!  ')).toBe('  “so 1”: 2.000 ty dong!  ');
  });

  it('leaves other scripts readable (NFC out)', () => {
    expect(foldDiacritics('한국 ไทย')).toBe('한국 ไทย');
  });

  it('every Vietnamese letter folds to an ASCII letter', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
    for (const letter of [...letters, ...letters.toUpperCase()]) {
      expect(foldDiacritics(letter)).toMatch(/^[a-z]$/);
    }
  });

  it('folds the eth that text converted from old encodings holds for Đ', () => {
    expect(foldDiacritics('\u00d0ại học \u00d0à Nẵng')).toBe('dai hoc da nang');
  });

  it('is idempotent and leaves no combining marks', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const folded = foldDiacritics(text);
        expect(foldDiacritics(folded)).toBe(folded);
        expect(folded).not.toMatch(/[\u0300-\u036f]/);
      }),
    );
  });
});

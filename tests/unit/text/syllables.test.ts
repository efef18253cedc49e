/** The phonotactic syllable checker behind the offline spelling underline (shared/text/syllables.ts). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findMisspelledSyllables,
  isValidSyllable,
  isVietnameseCandidate,
  suggestSyllables,
} from '../../../shared/text/syllables';

const CORPUS = readFileSync(
  path.join(import.meta.dirname, '../../fixtures/vietnamese-corpus.txt'),
  'utf8',
);

describe('isValidSyllable', () => {
  it('accepts every syllable of real news text (no false alarms on the corpus)', () => {
    expect(findMisspelledSyllables(CORPUS)).toEqual([]);
  });

  it.each([
    'người',
    'nghiêng',
    'khuỷu',
    'ngoài',
    'giếng',
    'gì',
    'gìn',
    'giữa',
    'quá',
    'quý',
    'quốc',
    'quyết',
    'quyển',
    'yên',
    'yêu',
    'ấy',
    'ở',
    'kỹ',
    'lý',
    'thuở',
    'khuya',
    'xoong',
    'Điện',
    'ĐƯỜNG',
    'được',
    'Đắk',
    'Lắk',
    'việc',
    'hoạch',
    'huếch',
    'khuỳnh',
  ])('accepts %s', (word) => {
    expect(isValidSyllable(word)).toBe(true);
  });

  it.each([
    'Krông',
    'Búk',
    'Drắk',
    'Đrắk',
    'Đăk',
    'Đak',
    'Păh',
    'Tẻh',
    'Pưh',
    'Brâu',
    'Hrê',
    'Xtiêng',
  ])('accepts the Central Highlands name syllable %s', (word) => {
    expect(isValidSyllable(word)).toBe(true);
  });

  it('takes the Highlands spellings only as names, with a capital', () => {
    for (const word of ['drược', 'krông', 'xtiêng']) expect(isValidSyllable(word)).toBe(false);
  });

  it('accepts quắp, quặp (oăp after qu)', () => {
    expect(isValidSyllable('quắp')).toBe(true);
    expect(isValidSyllable('quặp')).toBe(true);
  });

  it('accepts both tone-mark styles for oa, oe, uy, and NFD input', () => {
    for (const word of ['hòa', 'hoà', 'khỏe', 'khoẻ', 'thủy', 'thuỷ', 'Thuỷ'])
      expect(isValidSyllable(word)).toBe(true);
    expect(isValidSyllable('người'.normalize('NFD'))).toBe(true);
  });

  it.each([
    ['ngừơi', 'tone on the wrong vowel'],
    ['hoàn'.replace('à', 'a') + '\u0300'.normalize(), 'tone after a final'],
    ['viêt', 'a stop final without sắc or nặng'],
    ['việtt', 'a doubled final'],
    ['kàng', 'k before a'],
    ['ghà', 'gh before a'],
    ['cín', 'c before i'],
    ['ngè', 'ng before e'],
    ['nguười', 'a doubled vowel'],
    ['tiềnn', 'an impossible final'],
    ['yền'.replace('y', 'ty'), 'yê after an onset'],
    ['ươc', 'a stop final without a tone'],
    ['hòà', 'two tone marks'],
    ['bưo', 'an impossible rhyme'],
    ['qút', 'qu with no vowel of its own'],
    ['qụp', 'qu with no vowel of its own'],
  ])('rejects %s (%s)', (word) => {
    expect(isValidSyllable(word)).toBe(false);
  });
});

describe('isVietnameseCandidate', () => {
  it('judges only tokens with Vietnamese letters or marks, never ASCII or foreign words', () => {
    expect(isVietnameseCandidate('người')).toBe(true);
    expect(isVietnameseCandidate('Fansipan')).toBe(false);
    expect(isVietnameseCandidate('nilon')).toBe(false);
    expect(isVietnameseCandidate('Zoé')).toBe(false);
    expect(isVietnameseCandidate('façade')).toBe(false);
  });

  it('leaves capitals without a vowel alone: abbreviations such as HĐND, ĐBSCL', () => {
    for (const token of [
      'HĐND',
      'ĐBSCL',
      'BĐS',
      'HĐQT',
      'NĐ',
      'ĐH',
      'CĐV',
      'HĐND'.normalize('NFD'),
    ])
      expect(isVietnameseCandidate(token)).toBe(false);
    // A capitalised syllable, or a lower-case run without a vowel, is still judged.
    expect(isVietnameseCandidate('ĐƯỜNGG')).toBe(true);
    expect(isVietnameseCandidate('đc')).toBe(true);
  });
});

describe('suggestSyllables', () => {
  it('moves a misplaced tone mark first', () => {
    expect(suggestSyllables('ngừơi')[0]).toBe('người');
  });

  it('offers the stop-final tones for a stop final without one', () => {
    expect(suggestSyllables('viêt')).toEqual(expect.arrayContaining(['viết', 'việt']));
  });

  it('drops a doubled letter and keeps the case', () => {
    expect(suggestSyllables('Nguười')).toContain('Người');
    expect(suggestSyllables('VIỆTT')).toContain('VIỆT');
  });

  it('suggests quýt, never the vowelless "qút", for quít', () => {
    const suggestions = suggestSyllables('quít');
    expect(suggestions).toContain('quýt');
    expect(suggestions).not.toContain('qút');
  });

  it('never suggests a place-name spelling for a typo', () => {
    for (const suggestion of suggestSyllables('Crưm'))
      expect(suggestion).not.toMatch(/^(?:Kr|Dr|Đr)/);
  });

  it('spells oa, oe, uy suggestions in the house tone style', () => {
    expect(suggestSyllables('thuỷy', 6, 'new')[0]).toBe('thuỷ');
    expect(suggestSyllables('Thuỵs', 6, 'new')[0]).toBe('Thuỵ');
    expect(suggestSyllables('khoẻe', 6, 'new')[0]).toBe('khoẻ');
    expect(suggestSyllables('hoàa', 6, 'new')).not.toContain('hòa');
    // The old style stays the default.
    expect(suggestSyllables('thuỷy')[0]).toBe('thủy');
  });

  it('suggests only valid syllables, at most the limit', () => {
    const suggestions = suggestSyllables('bưo', 4);
    expect(suggestions.length).toBeLessThanOrEqual(4);
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) expect(isValidSyllable(suggestion)).toBe(true);
  });
});

describe('findMisspelledSyllables', () => {
  it('reports positions of the bad syllables and skips English and numbers', () => {
    const text = 'Sáng nay ngừơi dân Google 2024 viêt bài.';
    expect(findMisspelledSyllables(text)).toEqual([
      { index: 9, length: 5, word: 'ngừơi' },
      { index: 31, length: 4, word: 'viêt' },
    ]);
  });

  it('passes the abbreviations and Highlands names of a day of news', () => {
    const text =
      "HĐND tỉnh Đắk Lắk họp về ĐBSCL, BĐS và NĐ-CP; huyện M'Đrắk, Krông Búk, Đăk Hà, Chư Păh, Đạ Tẻh.";
    expect(findMisspelledSyllables(text)).toEqual([]);
  });
});

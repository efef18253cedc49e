import { describe, expect, it } from 'vitest';
import {
  countCharacters,
  countWords,
  countWordsByWhitespace,
  segmentableChunks,
  readingTimeMinutes,
} from '../../../shared/text/count';

describe('countWords', () => {
  it('counts Vietnamese syllables', () => {
    expect(countWords('Thành phố Hồ Chí Minh')).toBe(5);
    expect(countWords('Người dân Bắc Giang đón Tết.')).toBe(6);
  });

  it('ignores punctuation, quotes and dashes', () => {
    expect(countWords('“Tôi — đã nói!” … (vâng) ; ,')).toBe(4);
  });

  it('counts numbers and English words', () => {
    expect(countWords('Giá vàng tăng 2.000 đồng, iPhone 17 ra mắt')).toBe(9);
  });

  it('is 0 for empty or blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  \n\t ')).toBe(0);
    expect(countWords('— … !')).toBe(0);
  });

  it('counts NFD text like NFC', () => {
    const text = 'Hòa Bình thuỷ điện được khởi công';
    expect(countWords(text.normalize('NFD'))).toBe(countWords(text));
  });
});

describe('countWordsByWhitespace (fallback)', () => {
  it('agrees with the segmenter on ordinary prose', () => {
    const text = 'Người dân Bắc Giang đón Tết sớm, “vui như hội”.';
    expect(countWordsByWhitespace(text)).toBe(countWords(text));
  });

  it('skips chunks with no letter or digit', () => {
    expect(countWordsByWhitespace('')).toBe(0);
    expect(countWordsByWhitespace(' a — b … ')).toBe(2);
  });
});

describe('countCharacters', () => {
  it('counts every visible character, spaces included', () => {
    expect(countCharacters('Hà Nội')).toBe(6);
    expect(countCharacters('')).toBe(0);
  });

  it('counts a decomposed letter once', () => {
    const text = 'Nguyễn Đắk Lắk';
    expect(countCharacters(text.normalize('NFD'))).toBe(14);
    expect(countCharacters(text.normalize('NFC'))).toBe(14);
  });

  it('counts an emoji sequence once', () => {
    expect(countCharacters('👨‍👩‍👧 ok')).toBe(4);
  });
});

describe('readingTimeMinutes', () => {
  it('rounds up', () => {
    expect(readingTimeMinutes(200)).toBe(1);
    expect(readingTimeMinutes(201)).toBe(2);
    expect(readingTimeMinutes(1000)).toBe(5);
    expect(readingTimeMinutes(1000, 300)).toBe(4);
  });

  it('is at least 1 when there are words and 0 without', () => {
    expect(readingTimeMinutes(1)).toBe(1);
    expect(readingTimeMinutes(0)).toBe(0);
    expect(readingTimeMinutes(-5)).toBe(0);
    expect(readingTimeMinutes(Number.NaN)).toBe(0);
  });

  it('rejects a non-positive reading speed', () => {
    expect(() => readingTimeMinutes(100, 0)).toThrow(RangeError);
    expect(() => readingTimeMinutes(100, -1)).toThrow(RangeError);
    expect(() => readingTimeMinutes(100, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('long texts', () => {
  const paragraph = 'Người dân Hà Nội đón đợt rét đậm nhất từ đầu mùa, nhiệt độ xuống 9°C. ';

  it('counts a long text exactly as one unchunked pass would', () => {
    // ~12,000 characters: long enough to be chunked, short enough to segment whole.
    const text = paragraph.repeat(170) + '\r\n' + 'thuỷ điện '.repeat(50);
    expect([...segmentableChunks(text)].length).toBeGreaterThan(10);
    const whole = new Intl.Segmenter('vi', { granularity: 'word' });
    const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });
    expect(countWords(text)).toBe([...whole.segment(text)].filter((s) => s.isWordLike).length);
    expect(countCharacters(text)).toBe([...graphemes.segment(text)].length);
  });

  it('counts a 10,000-word article by adding up its paragraphs', () => {
    const text = paragraph.repeat(700);
    expect(countWords(text)).toBe(700 * countWords(paragraph));
    expect(countCharacters(text)).toBe(700 * countCharacters(paragraph));
  });

  it('keeps a space and the combining mark after it in one chunk', () => {
    const text = 'a'.repeat(1023) + ' \u0301' + 'b'.repeat(10);
    const chunks = [...segmentableChunks(text)];
    expect(chunks.join('')).toBe(text);
    for (const chunk of chunks) expect(chunk.startsWith('\u0301')).toBe(false);
  });
});

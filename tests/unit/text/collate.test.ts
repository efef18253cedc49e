import { describe, expect, it } from 'vitest';
import { compareVietnamese, sortByHeadline } from '../../../shared/text/collate';

const sorted = (words: string[]) => [...words].sort(compareVietnamese);

describe('compareVietnamese', () => {
  it('follows the Vietnamese alphabet', () => {
    const alphabet = [
      'a',
      'ă',
      'â',
      'b',
      'c',
      'd',
      'đ',
      'e',
      'ê',
      'g',
      'h',
      'i',
      'k',
      'l',
      'm',
      'n',
      'o',
      'ô',
      'ơ',
      'p',
      'q',
      'r',
      's',
      't',
      'u',
      'ư',
      'v',
      'x',
      'y',
    ];
    expect(sorted([...alphabet].reverse())).toEqual(alphabet);
  });

  it('puts đ after every d word and before e', () => {
    expect(sorted(['Đà Nẵng', 'Ê-đê', 'Dung Quất', 'dưa'])).toEqual([
      'Dung Quất',
      'dưa',
      'Đà Nẵng',
      'Ê-đê',
    ]);
  });

  it('orders by letters first, tones second', () => {
    expect(sorted(['bạn', 'bán', 'ban', 'bàn', 'banh'])).toEqual([
      'ban',
      'bàn',
      'bán',
      'bạn',
      'banh',
    ]);
  });

  it('treats NFD and NFC as equal', () => {
    expect(compareVietnamese('Hòa Bình'.normalize('NFD'), 'Hòa Bình')).toBe(0);
  });

  it('orders numbers by value', () => {
    expect(sorted(['Số 10', 'Số 2', 'Số 1'])).toEqual(['Số 1', 'Số 2', 'Số 10']);
  });

  it('handles empty strings', () => {
    expect(compareVietnamese('', '')).toBe(0);
    expect(compareVietnamese('', 'a')).toBeLessThan(0);
  });
});

describe('sortByHeadline', () => {
  const item = (id: string, headline: string) => ({ id, headline });

  it('returns a new sorted array and leaves the input alone', () => {
    const input = [
      item('1', 'Đà Lạt'),
      item('2', 'Ăn Tết'),
      item('3', 'An Giang'),
      item('4', 'Dak Lak'),
    ];
    const out = sortByHeadline(input);
    expect(out.map((x) => x.id)).toEqual(['3', '2', '4', '1']);
    expect(input.map((x) => x.id)).toEqual(['1', '2', '3', '4']);
  });

  it('puts untitled items last and keeps equal headlines in input order', () => {
    const input = [
      item('a', ''),
      item('b', 'Hà Nội'),
      item('c', '  '),
      item('d', 'Hà Nội'),
      item('e', 'Bắc Ninh'),
    ];
    expect(sortByHeadline(input).map((x) => x.id)).toEqual(['e', 'b', 'd', 'a', 'c']);
  });

  it('handles an empty list', () => {
    expect(sortByHeadline([])).toEqual([]);
  });
});

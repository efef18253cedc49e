import { describe, expect, it } from 'vitest';
import { excerptAround, excerptOf } from '../../../shared/checks/excerpt';

const LONG =
  'Sáng nay, hàng nghìn người dân Thủ đô đã đổ về quảng trường Ba Đình để dự lễ chào cờ ' +
  'và tham quan Lăng Chủ tịch Hồ Chí Minh trong dịp nghỉ lễ kéo dài bốn ngày.';

describe('excerpts', () => {
  it('show the problem with some words around it, cut at spaces', () => {
    const offset = LONG.indexOf('quảng');
    const excerpt = excerptAround(LONG, offset, 'quảng trường'.length);
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).toContain('quảng trường');
    expect(excerpt.replace(/…/g, '')).toMatch(/^\S.*\S$/);
    expect(LONG).toContain(excerpt.replace(/…/g, ''));
  });

  it('give NFD text as much context as NFC, and return NFC', () => {
    const nfd = LONG.normalize('NFD');
    const word = 'quảng';
    const excerpt = excerptAround(nfd, nfd.indexOf('qu'), word.normalize('NFD').length);
    expect(excerpt).toBe(excerptAround(LONG, LONG.indexOf('qu'), word.length));
    expect(excerpt).toBe(excerpt.normalize('NFC'));
  });

  it('turn line breaks and tabs into spaces', () => {
    expect(excerptAround('Dòng một\nDòng\thai', 0, 4)).toBe('Dòng một Dòng hai');
  });

  it('shorten a long field to its beginning', () => {
    expect(excerptOf('  Tin ngắn  ')).toBe('Tin ngắn');
    const long = excerptOf(LONG);
    expect(long.endsWith('…')).toBe(true);
    expect(LONG.startsWith(long.slice(0, -1))).toBe(true);
    expect(long.length).toBeLessThanOrEqual(61);
  });
});

import { describe, expect, it } from 'vitest';
import {
  articleSlug,
  FALLBACK_SLUG,
  MAX_SLUG_LENGTH,
  uniqueSlug,
} from '../../../shared/export/slug';

describe('articleSlug', () => {
  it('transliterates Vietnamese to lower-case words joined by hyphens', () => {
    expect(articleSlug('Hà Nội đón đợt rét đậm')).toBe('ha-noi-don-dot-ret-dam');
  });

  it('turns đ and Đ into d (not "dj")', () => {
    expect(articleSlug('ĐƯỜNG')).toBe('duong');
    expect(articleSlug('Đường đi')).toBe('duong-di');
    expect(articleSlug('đ')).toBe('d');
  });

  it('gives the same slug for decomposed (NFD) input', () => {
    const headline = 'Thủy điện Hòa Bình xả lũ';
    expect(articleSlug(headline.normalize('NFD'))).toBe(articleSlug(headline));
    expect(articleSlug(headline)).toBe('thuy-dien-hoa-binh-xa-lu');
  });

  it('drops punctuation and keeps brand casing as one word', () => {
    expect(articleSlug('iPhone 17: giá "sốc" tại Việt Nam?')).toBe(
      'iphone-17-gia-soc-tai-viet-nam',
    );
  });

  it('writes no English word for a symbol: "&" is "và", a heart or a unicorn is nothing', () => {
    expect(articleSlug('Mưa & lũ ở miền Trung')).toBe('mua-va-lu-o-mien-trung');
    expect(articleSlug('♥ Hà Nội')).toBe('ha-noi');
    expect(articleSlug('🦄')).toBe(FALLBACK_SLUG);
  });

  it('cuts long headlines at a word boundary', () => {
    const slug = articleSlug('rét đậm '.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^ret-dam(-ret-dam)*(-ret)?$/);
  });

  it('falls back to a fixed slug when nothing is left', () => {
    expect(articleSlug('')).toBe(FALLBACK_SLUG);
    expect(articleSlug(' ?! ')).toBe(FALLBACK_SLUG);
  });
});

describe('uniqueSlug', () => {
  it('returns the base when it is free', () => {
    expect(uniqueSlug('ha-noi', new Set(['hue']))).toBe('ha-noi');
  });

  it('adds -2, -3… until the slug is free', () => {
    expect(uniqueSlug('ha-noi', new Set(['ha-noi']))).toBe('ha-noi-2');
    expect(uniqueSlug('ha-noi', new Set(['ha-noi', 'ha-noi-2', 'ha-noi-3']))).toBe('ha-noi-4');
  });

  it('does not modify the set it is given', () => {
    const taken = new Set(['ha-noi']);
    uniqueSlug('ha-noi', taken);
    expect([...taken]).toEqual(['ha-noi']);
  });
});

/** The house-style setting: defaults, validation and what the checks receive. */
import { describe, expect, it } from 'vitest';
import {
  checkOptionsFor,
  DEFAULT_HOUSE_STYLE,
  resolveHouseStyle,
} from '../../../shared/house-style';
import { settingsPatchSchema, settingsSchema } from '../../../shared/settings';
import { checkArticle } from '../../../shared/checks';
import { newArticle } from '../../../shared/article/schema';

describe('resolveHouseStyle', () => {
  it('defaults to the old tone style, 90/300 characters and curly quotes', () => {
    expect(resolveHouseStyle(undefined)).toEqual({
      toneStyle: 'old',
      headlineMaxChars: 90,
      sapoMaxChars: 300,
      curlyQuotes: true,
    });
  });

  it('keeps valid stored keys and replaces invalid ones by their default', () => {
    expect(
      resolveHouseStyle({ toneStyle: 'new', headlineMaxChars: -3, curlyQuotes: false }),
    ).toEqual({ ...DEFAULT_HOUSE_STYLE, toneStyle: 'new', curlyQuotes: false });
  });
});

describe('settings schemas', () => {
  const base = {
    libraryPath: '/tmp/lib',
    language: 'system',
    window: { width: 800, height: 600, maximized: false },
  };

  it('accept settings without a house style (files written before it existed)', () => {
    expect(settingsSchema.safeParse(base).success).toBe(true);
  });

  it('accept a valid house style and refuse an unknown tone style', () => {
    expect(settingsSchema.safeParse({ ...base, houseStyle: DEFAULT_HOUSE_STYLE }).success).toBe(
      true,
    );
    expect(
      settingsPatchSchema.safeParse({ houseStyle: { ...DEFAULT_HOUSE_STYLE, toneStyle: 'mixed' } })
        .success,
    ).toBe(false);
  });
});

describe('checkOptionsFor', () => {
  it('hands the limits and the tone style to the checklist', () => {
    const article = {
      ...newArticle('2024-01-01-abcdef', new Date('2024-01-01T00:00:00Z')),
      headline: 'Hòa bình ở Thủy điện',
    };
    const strict = checkOptionsFor({
      ...DEFAULT_HOUSE_STYLE,
      headlineMaxChars: 10,
      toneStyle: 'new',
    });
    const rules = checkArticle(article, strict).map((finding) => finding.rule);
    expect(rules).toContain('headline-too-long');
    expect(rules).toContain('tone-style');
    expect(
      checkArticle(article, checkOptionsFor(DEFAULT_HOUSE_STYLE)).map((f) => f.rule),
    ).not.toContain('tone-style');
  });
});

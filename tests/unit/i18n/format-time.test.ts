import { describe, expect, it, vi } from 'vitest';
import { formatEditedTime } from '../../../renderer/src/i18n/format-time';

const NOW = Date.parse('2025-01-20T10:00:00.000Z');

describe('formatEditedTime', () => {
  it('says how long ago a recent edit was, in the language asked for each time', () => {
    const fiveMinutesAgo = new Date(NOW - 5 * 60_000).toISOString();
    const threeHoursAgo = new Date(NOW - 3 * 3_600_000).toISOString();
    // Alternating languages: the formatters kept per language must not mix.
    expect(formatEditedTime(fiveMinutesAgo, 'en', NOW)).toBe('5 minutes ago');
    expect(formatEditedTime(fiveMinutesAgo, 'vi', NOW)).toBe('5 phút trước');
    expect(formatEditedTime(threeHoursAgo, 'en', NOW)).toBe('3 hours ago');
    expect(formatEditedTime(threeHoursAgo, 'vi', NOW)).toBe('3 giờ trước');
    expect(formatEditedTime(new Date(NOW - 10_000).toISOString(), 'en', NOW)).toBe('now');
  });

  it("gives the locale's date and time for an edit a day or more ago", () => {
    const lastWeek = '2025-01-13T02:15:00.000Z';
    const expected = (locale: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
        Date.parse(lastWeek),
      );
    expect(formatEditedTime(lastWeek, 'vi', NOW)).toBe(expected('vi-VN'));
    // British English: the day before the month, as in Vietnamese and in the history.
    expect(formatEditedTime(lastWeek, 'en', NOW)).toBe(expected('en-GB'));
    expect(formatEditedTime(lastWeek, 'en', NOW)).toMatch(/^1[23] Jan 2025/);
  });

  it('leaves a time it cannot read as it is', () => {
    expect(formatEditedTime('not a time', 'en', NOW)).toBe('not a time');
  });

  it('makes no formatter in the first render once they were prepared', async () => {
    // A fresh module: the formatters kept by the tests above must not count.
    vi.resetModules();
    const fresh = await import('../../../renderer/src/i18n/format-time');
    const { DateTimeFormat, RelativeTimeFormat } = Intl;
    const made: string[] = [];
    const intl = Intl as {
      DateTimeFormat: typeof DateTimeFormat;
      RelativeTimeFormat: typeof RelativeTimeFormat;
    };
    intl.DateTimeFormat = class extends DateTimeFormat {
      constructor(...args: ConstructorParameters<typeof DateTimeFormat>) {
        super(...args);
        made.push('date');
      }
    } as typeof DateTimeFormat;
    intl.RelativeTimeFormat = class extends RelativeTimeFormat {
      constructor(...args: ConstructorParameters<typeof RelativeTimeFormat>) {
        super(...args);
        made.push('relative');
      }
    };
    try {
      fresh.prepareEditedTimeFormats('vi');
      expect(made.sort()).toEqual(['date', 'relative']);
      expect(fresh.formatEditedTime('2025-01-13T02:15:00.000Z', 'vi', NOW)).toMatch(/2025/);
      expect(fresh.formatEditedTime(new Date(NOW - 60_000).toISOString(), 'vi', NOW)).toBe(
        '1 phút trước',
      );
      expect(made).toHaveLength(2);
    } finally {
      intl.DateTimeFormat = DateTimeFormat;
      intl.RelativeTimeFormat = RelativeTimeFormat;
    }
  });
});

/** "5 minutes ago" for recent times, the locale's date and time otherwise. */
import type { UiLanguage } from '../../../shared/settings';
import { DATE_LOCALES } from './date-locales';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
];

// Making an Intl formatter costs ≈ 90 µs, formatting with one ≈ 1 µs: the
// library formats a time per row, and made two formatters per row it spent
// ≈ 0.9 s of its first render at 10,000 articles. One of each per language.
const relativeFormats: Partial<Record<UiLanguage, Intl.RelativeTimeFormat>> = {};
const dateFormats: Partial<Record<UiLanguage, Intl.DateTimeFormat>> = {};

const relativeFormatOf = (language: UiLanguage) =>
  (relativeFormats[language] ??= new Intl.RelativeTimeFormat(language, { numeric: 'auto' }));
const dateFormatOf = (language: UiLanguage) =>
  (dateFormats[language] ??= new Intl.DateTimeFormat(DATE_LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }));

/**
 * Makes the language's formatters now. The first DateTimeFormat of a page
 * costs ≈ 13 ms (its locale data is loaded then): the library makes them in
 * idle time while its list is on the way, not in the list's first render.
 */
export function prepareEditedTimeFormats(language: UiLanguage): void {
  relativeFormatOf(language);
  dateFormatOf(language);
}

export function formatEditedTime(iso: string, language: UiLanguage, now: number): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  let delta = Math.round((time - now) / 1000);
  if (Math.abs(delta) < 24 * 60 * 60) {
    for (const [unit, size] of UNITS) {
      if (Math.abs(delta) < size) {
        return relativeFormatOf(language).format(unit === 'second' ? 0 : delta, unit);
      }
      delta = Math.round(delta / size);
    }
  }
  return dateFormatOf(language).format(time);
}

/** "5 minutes ago" for recent times, the locale's date and time otherwise. */
import type { UiLanguage } from '../../../shared/settings';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
];

export function formatEditedTime(iso: string, language: UiLanguage, now: number): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  let delta = Math.round((time - now) / 1000);
  if (Math.abs(delta) < 24 * 60 * 60) {
    const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    for (const [unit, size] of UNITS) {
      if (Math.abs(delta) < size) return relative.format(unit === 'second' ? 0 : delta, unit);
      delta = Math.round(delta / size);
    }
  }
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    time,
  );
}

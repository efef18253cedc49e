/**
 * Numbers as the UI language writes them: Vietnamese groups thousands with a
 * dot and writes decimals with a comma (10.960 ký tự, 52,3 MB), English the
 * other way round. One formatter per language, made on first use.
 */
import type { UiLanguage } from '../settings';

const formats = new Map<UiLanguage, Intl.NumberFormat>();

export function formatNumber(language: UiLanguage, value: number): string {
  let format = formats.get(language);
  if (format === undefined) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    formats.set(language, format);
  }
  return format.format(value);
}

/**
 * A file's size in (decimal) megabytes to the tenth, rounded up: shown beside a
 * limit, a file over it never reads as the limit itself ("50 MB; images larger
 * than 50 MB cannot be inserted" for a file of 50.04 MB).
 */
export function megabytesRoundedUp(bytes: number): number {
  return Math.ceil(bytes / 100_000) / 10;
}

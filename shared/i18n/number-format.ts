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

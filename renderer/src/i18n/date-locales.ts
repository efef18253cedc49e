/**
 * The locale each UI language writes dates and times in. English is British
 * English: day before month, as in Vietnamese, and the same in the library,
 * the version history and the recovery dialog (the library alone was in US
 * order, "Jan 13, 2025").
 */
import type { UiLanguage } from '../../../shared/settings';

export const DATE_LOCALES: Readonly<Record<UiLanguage, string>> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * When a version of an article was kept (a history snapshot, a journal entry
 * of unsaved edits), to the second: two of them can be a minute apart.
 */
export function formatVersionTime(iso: string, language: UiLanguage): string {
  return new Date(iso).toLocaleString(DATE_LOCALES[language], {
    dateStyle: 'short',
    timeStyle: 'medium',
  });
}

/**
 * What the app says when its start fails (settings that cannot be read or set
 * aside, a library store that throws): a native error box, then the process
 * exits. Lost in a promise, the failure left a process with no window and no
 * menu that still held the single-instance lock, so every later launch quit
 * at once until the user found it in the task manager. Pure, so a plain-Node
 * test checks the words; main.ts shows them.
 */
import { desktopMessage } from '../../shared/i18n/desktop-messages';
import type { UiLanguage } from '../../shared/settings';

export function startFailureMessage(
  language: UiLanguage,
  error: unknown,
): { title: string; content: string } {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    title: desktopMessage(language, 'startFailed.title'),
    content: `${desktopMessage(language, 'startFailed.body')}\n\n${detail}`,
  };
}

/**
 * What to show of a failure from main: its detail in the user's language when
 * main gave one (shared/ipc/result.ts, `detail`); otherwise main's English
 * sentence, which the Vietnamese UI introduces with what kind of failure it is
 * (shared/i18n/error-messages.ts, `errors.code.*`).
 */
import type { MessageKey } from '../../../shared/i18n/messages';
import type { BridgeError } from '../../../shared/ipc/result';
import type { Translate } from './I18nProvider';

/**
 * A message for the app's error banners, made in whatever language the UI
 * speaks when it is shown: a banner still up when the reporter switches
 * language reads in the new one.
 */
export type ErrorMessage = (t: Translate) => string;

/** `key`'s sentence with main's failure as its `{detail}`. */
export function failureMessage(
  key: MessageKey,
  error: Pick<BridgeError, 'code' | 'message' | 'detail'>,
): ErrorMessage {
  return (t) => t(key, { detail: errorText(t, error) });
}

export function errorText(
  t: Translate,
  error: Pick<BridgeError, 'code' | 'message' | 'detail'>,
): string {
  if (error.detail) return t(error.detail.key, error.detail.params);
  return t(`errors.code.${error.code}`, { detail: error.message });
}

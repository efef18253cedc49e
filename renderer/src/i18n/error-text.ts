/**
 * What to show of a failure from main: its detail in the user's language when
 * main gave one (shared/ipc/result.ts, `detail`); otherwise main's English
 * sentence, which the Vietnamese UI introduces with what kind of failure it is
 * (shared/i18n/error-messages.ts, `errors.code.*`).
 */
import type { BridgeError } from '../../../shared/ipc/result';
import type { Translate } from './I18nProvider';

export function errorText(
  t: Translate,
  error: Pick<BridgeError, 'code' | 'message' | 'detail'>,
): string {
  if (error.detail) return t(error.detail.key, error.detail.params);
  return t(`errors.code.${error.code}`, { detail: error.message });
}

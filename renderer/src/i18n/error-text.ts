/**
 * What to show of a failure from main: its detail in the user's language when
 * main gave one (shared/ipc/result.ts, `detail`), else main's English sentence.
 */
import type { BridgeError } from '../../../shared/ipc/result';
import type { Translate } from './I18nProvider';

export function errorText(t: Translate, error: Pick<BridgeError, 'message' | 'detail'>): string {
  return error.detail ? t(error.detail.key, error.detail.params) : error.message;
}

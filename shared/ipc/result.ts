/**
 * Errors cross the bridge as values, never as thrown exceptions: Electron
 * serialises thrown errors into an unhelpful string, and the renderer needs the
 * code to pick a message in the user's language.
 */
import type { MessageKey, MessageParams } from '../i18n/messages';
export type ErrorCode =
  | 'invalid-request'
  | 'not-found'
  | 'conflict'
  | 'corrupt'
  | 'unsupported-version'
  | 'io'
  | 'forbidden'
  /**
   * A delta save or journal write named a version the host no longer holds
   * (shared/article/article-delta.ts): nothing was written; send the whole article.
   */
  | 'unknown-base';

export interface BridgeError {
  code: ErrorCode;
  /** A plain English sentence with the detail (file, reason) for logs and for the UI's detail line. */
  message: string;
  /** For `conflict`: the revision now on disk, so the user can choose to overwrite it. */
  currentRevision?: string;
  /**
   * The detail in the user's language, where main knows what went wrong in
   * terms a reporter can act on: a message of the catalogue (shared/i18n) and
   * its values. The UI shows it instead of `message` (renderer/src/i18n/error-text.ts).
   */
  detail?: LocalizedDetail;
}

export interface LocalizedDetail {
  key: MessageKey;
  params?: MessageParams;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (
  code: ErrorCode,
  message: string,
  extra: Partial<BridgeError> = {},
): Result<never> => ({
  ok: false,
  error: { code, message, ...extra },
});

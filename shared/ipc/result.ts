/**
 * Errors cross the bridge as values, never as thrown exceptions: Electron
 * serialises thrown errors into an unhelpful string, and the renderer needs the
 * code to pick a message in the user's language.
 */
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

/**
 * Identifiers that cross the bridge or name folders on disk. They are checked
 * against strict patterns so that no id can smuggle a path separator or `..`.
 */
export const ARTICLE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{7,63}$/;
export const TRASH_ID_PATTERN = /^[a-z0-9][a-z0-9-]{7,63}\.[0-9]{13}$/;
/** A revision is the SHA-256 of the file's bytes: content, not mtime (PITFALLS: sync tools touch mtimes). */
export const REVISION_PATTERN = /^[0-9a-f]{64}$/;

export function isArticleId(value: string): boolean {
  return ARTICLE_ID_PATTERN.test(value);
}

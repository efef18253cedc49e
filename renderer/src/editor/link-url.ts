/** The only link targets the body accepts: web pages and email addresses. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The URL to store, or null when `input` is not an http(s) or mailto link. */
export function normalizeLinkUrl(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  return url.href;
}

export function isAllowedLinkUrl(input: string): boolean {
  return normalizeLinkUrl(input) !== null;
}

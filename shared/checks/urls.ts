/**
 * Whether a link would survive export. The rule mirrors the export renderer's
 * allowlist (shared/export/url.ts): parsed with `new URL()` as a browser would,
 * after dropping the tabs and newlines the parser ignores; body links may be
 * http(s) or mailto, related-news links only http(s); a web link needs a host.
 */

export const BODY_LINK_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];
export const WEB_LINK_PROTOCOLS: readonly string[] = ['http:', 'https:'];

export function isPublishableUrl(raw: string, protocols: readonly string[]): boolean {
  const input = raw
    .replace(/[\t\n\r]/g, '')
    .normalize('NFC')
    .trim();
  if (input === '') return false;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return false;
  }
  if (!protocols.includes(url.protocol)) return false;
  if (url.protocol === 'mailto:') return url.pathname !== '';
  return url.hostname !== '';
}

import { toNfc } from '../../../shared/text/nfc';
import { withAssumedHttps } from '../../../shared/text/web-address';

/** The only link targets the body accepts: web pages and email addresses. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL to store, or null when `input` is not an absolute http(s) or mailto
 * link. The rule for links that arrive from outside (paste, drop, Lexical JSON):
 * no scheme is ever added, so a relative `href` on a copied page stays unlinked.
 */
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
  // A mail link needs its address, as the export requires (shared/export/url.ts):
  // a bare "mailto:" was linked in the editor and published as plain text.
  if (url.protocol === 'mailto:' ? url.pathname === '' : url.hostname === '') return null;
  return url.href;
}

/**
 * The URL to store for what a reporter typed into the link dialog, or null. As
 * `normalizeLinkUrl`, except that a web address typed without its scheme
 * ("tuoitre.vn/abc", "vnexpress.net") is taken as https, the same rule as a
 * related-news item's link (shared/text/web-address.ts). File names and
 * relative paths are still refused. NFC first, as all stored text: a path typed
 * with a decomposing input method percent-encodes to other bytes otherwise.
 */
export function normalizeTypedLinkUrl(input: string): string | null {
  return normalizeLinkUrl(withAssumedHttps(toNfc(input).trim()));
}

export function isAllowedLinkUrl(input: string): boolean {
  return normalizeLinkUrl(input) !== null;
}

/**
 * A stored link as the link dialog shows it for editing: Vietnamese letters
 * and spaces as they read ("…/wiki/Hà_Nội"), not as the URL parser
 * percent-encoded them ("…/wiki/H%C3%A0_N%E1%BB%99i"), which no reporter can
 * check. Only when applying the shown text unchanged gives back the same link:
 * an escape that means something as it is ("%2F", "%25") keeps it encoded.
 */
export function readableLinkUrl(href: string): string {
  let decoded: string;
  try {
    decoded = decodeURI(href);
  } catch {
    return href;
  }
  return normalizeTypedLinkUrl(decoded) === href ? decoded : href;
}

/**
 * A web address typed without its scheme, as copied from a browser's address
 * bar ("vnexpress.net/thoi-su", "tuoitre.vn:8080/x"): news sites all serve
 * https, so that is the scheme it is given. One rule for every field a reporter
 * types a link into (the body's link dialog, a related-news item's link).
 *
 * Only text that starts with a host name is taken: file names ("bai-viet.html")
 * and relative paths ("/tin", "../x") are left as they are, for the caller's
 * own check to refuse. Pasted HTML does not go through here: a relative `href`
 * on a copied page is relative to that page, not a web address.
 */

/**
 * A host name with a dot and a top-level domain of letters, an optional port,
 * then a path, a query, a fragment or nothing: "vnexpress.net/thoi-su", "tuoitre.vn".
 */
const BARE_WEB_ADDRESS =
  /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?::\d+)?(?:[/?#]|$)/u;

/** Endings that name a file, not a top-level domain: "bai-viet.html" is a path. */
const FILE_ENDINGS = new Set([
  'htm',
  'html',
  'php',
  'asp',
  'aspx',
  'jsp',
  'pdf',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'webp',
]);

/** Whether `text` (trimmed) is a web address without its scheme. */
export function isBareWebAddress(text: string): boolean {
  if (!BARE_WEB_ADDRESS.test(text)) return false;
  const host = text.split(/[/?#:]/, 1)[0]!;
  return !FILE_ENDINGS.has(host.slice(host.lastIndexOf('.') + 1).toLowerCase());
}

/**
 * `text` (trimmed) with "https://" in front when it is a web address without
 * its scheme, otherwise `text` unchanged. A URL that already has a scheme is
 * never touched: a bare address has no colon before its host's dot, so it never
 * parses as http(s), mailto or any scheme but its own host name
 * ("tuoitre.vn:8080/x" parses as the scheme "tuoitre.vn:", which is why a parse
 * alone does not rule it out).
 */
export function withAssumedHttps(text: string): string {
  return isBareWebAddress(text) ? `https://${text}` : text;
}

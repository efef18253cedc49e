/**
 * The renderer's Content Security Policy, sent as a response header by both
 * hosts (a header, unlike a meta tag, also covers the document's own parsing).
 * No inline script or style, no eval, no plugins, no framing, no form posts.
 * Images come only from the app itself (the web host's checked /media route),
 * from Electron's newsdesk-asset: scheme (the same checks; a scheme of its own,
 * so it is listed) and from blob: URLs of files being imported.
 */
import { createHash } from 'node:crypto';
import { PAGE_STYLE_TEXT } from '../../shared/export/page';

/**
 * One inline stylesheet is allowed, by its hash: the exported page's own
 * `<style>` (shared/export/page.ts). The live preview shows the page in a
 * srcdoc iframe, which inherits this policy; the hash admits exactly that
 * stylesheet and nothing a user could type, and scripts stay 'self' only.
 */
export const PREVIEW_STYLE_HASH = `'sha256-${createHash('sha256').update(PAGE_STYLE_TEXT, 'utf8').digest('base64')}'`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${PREVIEW_STYLE_HASH}`,
  "img-src 'self' blob: newsdesk-asset:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "child-src 'self'",
  "worker-src 'self'",
  "manifest-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response of the app carries. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The policy of a stored figure's response (Electron's newsdesk-asset: scheme,
 * the web host's /media route). An image is only ever shown through `<img>`,
 * where a response's policy does not apply; if one is ever opened as a page,
 * nothing in it may run or load: no sources at all, and `sandbox` (an opaque
 * origin with scripts, forms and popups off). Only images are served there,
 * sniffed and re-encoded, so this is the second line, not the first.
 */
export const ASSET_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  'sandbox',
  "frame-ancestors 'none'",
].join('; ');

export const ASSET_SECURITY_HEADERS: Record<string, string> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': ASSET_CONTENT_SECURITY_POLICY,
};

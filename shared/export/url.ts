/**
 * Which URLs may be published. Every check parses with `new URL()` (the parser
 * browsers use), so tricks like `java\tscript:` or upper-case schemes are seen the
 * way a browser would see them; the allowlist never lets `javascript:`, `data:` or
 * `vbscript:` through.
 */
import { cleanText } from './escape';
import { toNfc } from '../text/nfc';

/** Links written in the body: web pages and email (as the editor's link dialog accepts). */
export const BODY_LINK_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];
/** Links a related-news item may point at. */
export const WEB_PROTOCOLS: readonly string[] = ['http:', 'https:'];

/*
 * Only used to tell relative references from absolute ones: a relative reference
 * resolves against it, an absolute one ignores it.
 */
const PROBE_BASE = 'https://relative.invalid/';

function prepare(raw: string): string {
  // The URL parser drops tabs and newlines anywhere; do the same so what we
  // check is exactly what we write.
  return toNfc(cleanText(raw.replace(/[\t\n\r]/g, ''))).trim();
}

function parse(input: string, base?: string): URL | null {
  try {
    return new URL(input, base);
  } catch {
    return null;
  }
}

/**
 * An absolute URL with one of `protocols`, serialised by the URL parser (so
 * NFD and NFC spellings give the same bytes), or null.
 */
export function safeAbsoluteUrl(raw: string, protocols: readonly string[]): string | null {
  const url = parse(prepare(raw));
  if (url === null || !protocols.includes(url.protocol)) return null;
  // A web link needs a host, a mail link an address: a bare "mailto:" opened
  // an empty message (and the checklist, shared/checks/urls.ts, said it was dropped).
  if (url.protocol === 'mailto:' ? url.pathname === '' : url.hostname === '') return null;
  return url.href;
}

/** An article's `meta.publishedUrl` when it is a web (http/https) address, serialised; else null. */
export function publishedWebUrl(raw: string | undefined): string | null {
  const trimmed = raw?.trim();
  return trimmed ? safeAbsoluteUrl(trimmed, WEB_PROTOCOLS) : null;
}

/**
 * A URL supplied by the caller for a resource of the export (an image, another
 * exported article): relative references are kept as written, absolute ones must
 * use one of `protocols`. Returns null when neither.
 */
export function safeResourceUrl(raw: string, protocols: readonly string[]): string | null {
  const input = prepare(raw);
  if (input === '') return null;
  const absolute = parse(input);
  if (absolute !== null) {
    return protocols.includes(absolute.protocol) ? absolute.href : null;
  }
  // Not absolute: it resolves against whatever page holds it, keeping that page's scheme.
  const relative = parse(input, PROBE_BASE);
  return relative !== null && relative.protocol === 'https:' ? input : null;
}

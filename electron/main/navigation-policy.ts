/**
 * Where the app's web contents may go, and which links may leave for the
 * system browser (Electron's security checklist items 13, 14 and 15). Pure: no
 * `electron` import, so every rule is unit-tested under plain Node
 * (tests/unit/electron/navigation-policy.test.ts); window-security.ts wires
 * them to Electron's events.
 *
 * Every check parses with the WHATWG URL parser, never a string prefix. One
 * trap: for a scheme it does not know as special, Node's parser reports an
 * opaque origin, so `new URL('app://newsdesk/').origin` is the string "null",
 * not "app://newsdesk". The app's URLs are therefore recognised by scheme and
 * host, never by `.origin`.
 */
import { APP_HOST, APP_SCHEME } from './app-origin';

/** Only web pages leave the app: no file:, smb:, ms-settings:, custom handlers… */
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:']);
/** Longer than any link a reporter pastes; a hostile page may send megabytes. */
const MAX_EXTERNAL_URL_LENGTH = 8192;
/** What a sandboxed preview iframe loads before and as its `srcdoc` document. */
const SUBFRAME_DOCUMENTS = new Set(['about:srcdoc', 'about:blank']);

function parse(raw: unknown): URL | null {
  if (typeof raw !== 'string') return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** A URL of the app itself: `app://newsdesk/…`, without credentials or a port. */
export function isAppUrl(raw: unknown): boolean {
  const url = parse(raw);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * The URL to hand to `shell.openExternal`, re-serialised by the parser, or null:
 * only http(s) with a host, and no `user:password@` (which can make a link read
 * as one host and lead to another).
 */
export function externalUrlToOpen(raw: unknown): string | null {
  if (typeof raw === 'string' && raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  const url = parse(raw);
  if (url === null || !EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

export function isSafeExternalUrl(raw: unknown): boolean {
  return externalUrlToOpen(raw) !== null;
}

/**
 * A navigation a frame may start: the main frame only within the app; a
 * subframe (the export preview's sandboxed srcdoc iframe) also to its own
 * `about:srcdoc`/`about:blank` document, and nowhere else, so a link clicked in
 * the preview cannot load a web page inside the app.
 */
export function isAllowedNavigation(raw: unknown, isMainFrame: boolean): boolean {
  if (isAppUrl(raw)) return true;
  return !isMainFrame && typeof raw === 'string' && SUBFRAME_DOCUMENTS.has(raw);
}

/** A server redirect may only lead back into the app (the app's own protocols never redirect). */
export function isAllowedRedirect(raw: unknown): boolean {
  return isAppUrl(raw);
}

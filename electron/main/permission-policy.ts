/**
 * Which web permission the app's own page may have (Electron's security
 * checklist item 5). Everything is denied except `clipboard-sanitized-write`
 * for the main frame of the app itself: Chromium asks for it before every
 * `navigator.clipboard.writeText`, so denying it made the export panel's
 * "Copy headline" and "Copy sapo" buttons fail with "Write permission denied"
 * in the desktop app (the web host's Chromium grants it to a focused page).
 * Writing is sanitized and needs a user gesture; reading stays denied. Pure,
 * so it is unit-tested under plain Node; window-security.ts wires it to both
 * the request and the check handler of every session.
 */
import { isAppUrl } from './navigation-policy';

const GRANTED_TO_THE_APP: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(
  permission: string,
  requestingUrl: unknown,
  isMainFrame: boolean,
): boolean {
  return GRANTED_TO_THE_APP.has(permission) && isMainFrame && isAppUrl(requestingUrl);
}

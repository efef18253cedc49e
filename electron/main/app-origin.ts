/**
 * The app's own origin, `app://newsdesk`, as plain data: pure (no `electron`
 * import), so the navigation and IPC policies built on it run under plain Node
 * and are unit-tested there.
 */
export const APP_SCHEME = 'app';
/** Chromium lower-cases the host of a standard scheme; this is the canonical form. */
export const APP_HOST = 'newsdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The built renderer is served from the app's own `app://newsdesk/` scheme, not
 * file://, so the Content Security Policy arrives as a response header and the
 * renderer's origin is not the whole file system.
 */
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../services/content-security-policy';
import { readStaticFile } from '../host/static-files';
import { ASSET_SCHEME_PRIVILEGES } from './asset-protocol';
import { APP_HOST, APP_SCHEME } from './app-origin';

export { APP_ORIGIN, APP_SCHEME } from './app-origin';

/**
 * Must run before the app is ready, and Electron allows only one call: every
 * custom scheme of the app is registered here.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ASSET_SCHEME_PRIVILEGES,
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
    return new Response(new Uint8Array(file.body), {
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
    });
  });
}

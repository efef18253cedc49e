/**
 * Electron's display route for stored figures: `newsdesk-asset://library/<articleId>/<assetId>`.
 * Thin on purpose (the binary is missing on the build machines, so this file is
 * not unit-tested): every check on the path is resolveAssetPath's, which the web
 * host's /media route shares and the unit tests cover.
 */
import { protocol, type CustomScheme } from 'electron';
import { readFile } from 'node:fs/promises';
import { ASSET_SCHEME, ASSET_SCHEME_HOST, resolveAssetPath } from '../services/asset-paths';
import { ASSET_SECURITY_HEADERS } from '../services/content-security-policy';

/**
 * Standard, so URLs have a host and a path to check; secure, so the renderer
 * (itself on the secure app:// scheme) may show the images. No fetch, no CORS:
 * the renderer only ever puts these URLs in `<img src>`.
 */
export const ASSET_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: ASSET_SCHEME,
  privileges: { standard: true, secure: true },
};

/** `libraryPath` may be a getter: File ▸ Open library switches it without a restart. */
export function serveAssets(libraryPath: string | (() => string)): void {
  const currentLibrary = typeof libraryPath === 'string' ? () => libraryPath : libraryPath;
  protocol.handle(ASSET_SCHEME, async (request) => {
    const notFound = () =>
      new Response('Not found', { status: 404, headers: ASSET_SECURITY_HEADERS });
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const url = new URL(request.url);
    if (url.host !== ASSET_SCHEME_HOST) return notFound();
    const asset = await resolveAssetPath(currentLibrary(), url.pathname);
    if (!asset) return notFound();
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(asset.filePath));
    return new Response(body, {
      headers: {
        ...ASSET_SECURITY_HEADERS,
        'Content-Type': asset.contentType,
        // Content-hashed names never change meaning.
        'Cache-Control': 'private, max-age=31536000, immutable',
        // The renderer's origin is app://newsdesk, so these images are
        // cross-origin to it; same-origin (the default header) would block them.
        // Only the app's own windows use this session's protocols.
        'Cross-Origin-Resource-Policy': 'cross-origin',
      },
    });
  });
}

/**
 * The display URL of a stored figure, for the host the renderer runs in. Pure
 * (no Node), so main answers imports and copies with it and the renderer builds
 * the URL of every figure of an opened article itself: asking main for each
 * (`image:url`) was an HTTP round trip and a re-render per figure on every open.
 * Only main turns such a URL back into a file (electron/services/asset-paths.ts,
 * `resolveAssetPath`), with every check on the path.
 */

/** Which host serves the renderer: AppInfo['host']. */
export type AssetHost = 'electron' | 'web';

/** Electron's privileged scheme for stored figures, and the one host name it answers to. */
export const ASSET_SCHEME = 'newsdesk-asset';
export const ASSET_SCHEME_HOST = 'library';

/**
 * The web host's route prefix for the same display paths. Not `/assets`: that is
 * where Vite puts the built renderer's own scripts (its default assetsDir), and
 * the user's files must not share a namespace with the app's code.
 */
export const WEB_ASSET_PREFIX = '/media';

/** The URL the renderer puts in `<img src>` for a stored figure, for the host it runs in. */
export function assetUrl(host: AssetHost, articleId: string, assetId: string): string {
  const displayPath = `/${articleId}/${assetId}`;
  return host === 'electron'
    ? `${ASSET_SCHEME}://${ASSET_SCHEME_HOST}${displayPath}`
    : `${WEB_ASSET_PREFIX}${displayPath}`;
}

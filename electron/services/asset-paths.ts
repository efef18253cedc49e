/**
 * The one place that turns a display URL of a stored figure into a file on disk.
 * Both hosts serve assets through it: Electron's `newsdesk-asset://library/…`
 * protocol and the web host's `/media/…` route. The renderer never sees a file
 * path (DESIGN.md, "Data flow: Images"), so this function is the whole boundary
 * between "a URL the renderer may ask for" and "a file the process may read".
 *
 * PITFALLS.md (Electron): the official protocol.handle example serves anything
 * under its root and Zettlr's safe-file:// serves any readable file. Here the
 * path must be exactly `/<articleId>/<assetId>`, both checked against the strict
 * id patterns (so no `..`, separator, NUL or foreign extension survives), and the
 * file's realpath must sit directly in that article's assets folder, so a symlink
 * placed in the library cannot lead out of it.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ASSET_ID_PATTERN } from '../../shared/article/blocks';
import { ARTICLE_ID_PATTERN } from '../../shared/article/ids';

/** Each article keeps its images in `<library>/<articleId>/assets/`. */
export const ASSETS_FOLDER_NAME = 'assets';

// The display URL side is pure and lives in shared/ (the renderer builds the
// same URLs); re-exported so main's callers keep one import.
export {
  ASSET_SCHEME,
  ASSET_SCHEME_HOST,
  WEB_ASSET_PREFIX,
  assetUrl,
} from '../../shared/article/asset-url';

/** Keyed by the extensions ASSET_ID_PATTERN allows; the importer only ever writes these. */
export const ASSET_CONTENT_TYPES = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
} as const;
export type AssetExtension = keyof typeof ASSET_CONTENT_TYPES;

export interface ResolvedAsset {
  /** The real path (symlinks resolved) of the file to send. */
  filePath: string;
  contentType: string;
}

/** `<library>/<articleId>/assets`, for an id already checked against ARTICLE_ID_PATTERN. */
export function assetsFolder(libraryPath: string, articleId: string): string {
  return path.join(libraryPath, articleId, ASSETS_FOLDER_NAME);
}

/**
 * Maps a display path `/<articleId>/<assetId>` (still percent-encoded, as it
 * arrives in a URL) to the file to serve, or null for anything else: malformed,
 * outside the patterns, missing, not a regular file, or leading out of the
 * article's assets folder.
 */
export async function resolveAssetPath(
  libraryPath: string,
  urlPath: string,
): Promise<ResolvedAsset | null> {
  // Decoded exactly once: `%252e` becomes the literal `%2e`, which the patterns refuse.
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const segments = decoded.split('/');
  if (segments.length !== 3 || segments[0] !== '') return null;
  const [, articleId = '', assetId = ''] = segments;
  if (!ARTICLE_ID_PATTERN.test(articleId) || !ASSET_ID_PATTERN.test(assetId)) return null;
  const extension = assetId.slice(assetId.lastIndexOf('.') + 1) as AssetExtension;

  const filePath = await realAssetFile(libraryPath, articleId, assetId);
  return filePath === null ? null : { filePath, contentType: ASSET_CONTENT_TYPES[extension] };
}

/**
 * The real path of `<root>/<folder>/assets/<assetId>` when it is a regular
 * file reached through real folders only, else null. `root` itself may be a
 * symlink (a library in a synced folder); nothing below it may be: a symlinked
 * article or assets folder, or image, would lead out of the library.
 */
export async function realAssetFile(
  root: string,
  folder: string,
  assetId: string,
): Promise<string | null> {
  try {
    const allowedFolder = assetsFolder(await realpath(root), folder);
    const filePath = await realpath(path.join(allowedFolder, assetId));
    if (path.dirname(filePath) !== allowedFolder) return null;
    return (await stat(filePath)).isFile() ? filePath : null;
  } catch {
    return null;
  }
}

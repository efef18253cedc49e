/**
 * The preview's HTML: the same pure renderer as Export and the CLI, with the
 * figures' display URLs of this host (from the bridge, cached) instead of the
 * export's `images/…` paths.
 *
 * Related-news links to other library articles are left unlinked here: in the
 * exported page they lead to sibling folders, which do not exist beside the app,
 * and a preview must not navigate anywhere.
 */
import type { Article } from '../../../shared/article/schema';
import { renderArticleHtml, type RenderOptions } from '../../../shared/export';
import { figureImageUrl } from '../editor/figure/image-urls';

/** Electron's stored-figure scheme; the web host's `/media/…` paths are relative and need none. */
const PREVIEW_ASSET_SCHEMES = ['newsdesk-asset:'] as const;
/** A figure whose file is missing shows as a broken image, as it would fail to export. */
const MISSING_IMAGE = 'missing-image';

export type PreviewFormat = RenderOptions['format'];

const known = new Map<string, string>();

function render(article: Article, format: PreviewFormat, misses: Set<string>): string {
  return renderArticleHtml(article, {
    format,
    assetSchemes: PREVIEW_ASSET_SCHEMES,
    resolveArticleLink: () => null,
    resolveAsset: (assetId) => {
      const url = known.get(`${article.id}/${assetId}`);
      if (url === undefined) misses.add(assetId);
      return { src: url ?? MISSING_IMAGE };
    },
  });
}

/** Renders `article`, first asking the host for any image URL not seen yet. */
export async function renderPreview(article: Article, format: PreviewFormat): Promise<string> {
  const misses = new Set<string>();
  const html = render(article, format, misses);
  if (misses.size === 0) return html;
  await Promise.all(
    [...misses].map(async (assetId) => {
      const url = await figureImageUrl(article.id, assetId);
      if (url !== null) known.set(`${article.id}/${assetId}`, url);
    }),
  );
  return render(article, format, new Set());
}

/**
 * Display URLs of figure images. A figure of an opened article shows at once
 * from the URL built from the host and its ids (`assetUrl`, shared with main;
 * see use-figure-image-url.ts); the renderer never sees a path. Main is asked
 * only when that is not enough:
 *
 * - a figure pasted from another article names an asset this article does not
 *   have yet: its image fails to load, and main is asked to copy the file
 *   (`image:copy`), with the article the figure was copied from as a hint when
 *   this window copied it (`recoverImageUrl`);
 * - the preview, which must know before it renders whether a file is there,
 *   asks `image:url` (`figureImageUrl`).
 *
 * Answers are cached per article and asset, since a stored file never changes
 * under its content-hash name; a miss is not (the file may arrive later: a
 * retried copy, a restore).
 */
import { getBridge } from '../../bridge';

const lookups = new Map<string, Promise<string | null>>();
const copies = new Map<string, Promise<string | null>>();
const key = (articleId: string, assetId: string) => `${articleId}/${assetId}`;

let copiedFromArticleId: string | null = null;

/** Called when figures are copied or cut, so a paste into another article knows their source. */
export function rememberCopySource(articleId: string): void {
  copiedFromArticleId = articleId;
}

/** The URL main answered for a fresh import, so the preview needs no round trip for it. */
export function primeImageUrl(articleId: string, assetId: string, url: string): void {
  lookups.set(key(articleId, assetId), Promise.resolve(url));
}

function cachedUnlessMissing(
  cache: Map<string, Promise<string | null>>,
  cacheKey: string,
  ask: () => Promise<string | null>,
): Promise<string | null> {
  let pending = cache.get(cacheKey);
  if (!pending) {
    pending = ask();
    cache.set(cacheKey, pending);
    void pending.then((url) => {
      if (url === null) cache.delete(cacheKey);
    });
  }
  return pending;
}

/** Null when the image is in no article of the library (the preview shows it broken). */
export function figureImageUrl(articleId: string, assetId: string): Promise<string | null> {
  return cachedUnlessMissing(lookups, key(articleId, assetId), async () => {
    const found = await getBridge().invoke('image:url', { articleId, assetId });
    if (found.ok) return found.value.url;
    if (found.error.code !== 'not-found') return null;
    return recoverImageUrl(articleId, assetId);
  });
}

/**
 * For an image that did not load from its URL: copies the file into the article
 * from the one it was copied from, or any that has it. Null when no article has
 * it (the view shows the missing-image placeholder). When the article already
 * has the file, main answers the same URL, and the view tries it once more.
 */
export function recoverImageUrl(articleId: string, assetId: string): Promise<string | null> {
  return cachedUnlessMissing(copies, key(articleId, assetId), async () => {
    const hint = copiedFromArticleId !== null && copiedFromArticleId !== articleId;
    const copied = await getBridge().invoke('image:copy', {
      toArticleId: articleId,
      assetId,
      ...(hint ? { fromArticleId: copiedFromArticleId! } : {}),
    });
    return copied.ok ? copied.value.url : null;
  });
}

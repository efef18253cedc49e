/**
 * Display URLs of figure images, from the bridge only (`image:url`, or the URL
 * `image:import` answered): the renderer never builds one itself and never sees
 * a path. Cached per article and asset, since a stored file never changes under
 * its content-hash name.
 *
 * A figure pasted from another article names an asset this article does not
 * have yet: then main is asked to copy it (`image:copy`), with the article the
 * figure was copied from as a hint when this window copied it.
 */
import { getBridge } from '../../bridge';

const cache = new Map<string, Promise<string | null>>();
const key = (articleId: string, assetId: string) => `${articleId}/${assetId}`;

let copiedFromArticleId: string | null = null;

/** Called when figures are copied or cut, so a paste into another article knows their source. */
export function rememberCopySource(articleId: string): void {
  copiedFromArticleId = articleId;
}

/** The URL main answered for a fresh import, so the new figure shows without another round trip. */
export function primeImageUrl(articleId: string, assetId: string, url: string): void {
  cache.set(key(articleId, assetId), Promise.resolve(url));
}

/** Null when the image is in no article of the library (the view shows a placeholder). */
export function figureImageUrl(articleId: string, assetId: string): Promise<string | null> {
  const cacheKey = key(articleId, assetId);
  let pending = cache.get(cacheKey);
  if (!pending) {
    pending = lookUp(articleId, assetId);
    cache.set(cacheKey, pending);
    // A miss is not cached: the file may arrive later (a retried copy, a restore).
    void pending.then((url) => {
      if (url === null) cache.delete(cacheKey);
    });
  }
  return pending;
}

async function lookUp(articleId: string, assetId: string): Promise<string | null> {
  const bridge = getBridge();
  const found = await bridge.invoke('image:url', { articleId, assetId });
  if (found.ok) return found.value.url;
  if (found.error.code !== 'not-found') return null;
  const hint = copiedFromArticleId !== null && copiedFromArticleId !== articleId;
  const copied = await bridge.invoke('image:copy', {
    toArticleId: articleId,
    assetId,
    ...(hint ? { fromArticleId: copiedFromArticleId! } : {}),
  });
  return copied.ok ? copied.value.url : null;
}

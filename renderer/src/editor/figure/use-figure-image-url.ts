/**
 * The display URL of a figure's image, or why there is none.
 *
 * The URL is built here, in the first render (`assetUrl`, the same function main
 * answers with): asking main first (`image:url`) cost every figure an HTTP round
 * trip and a second render on each open, 30 of each for a long article. Whether
 * the file is there is learnt from the image itself: its `error` event
 * (`onError`) asks main to copy the file from another article (a figure pasted
 * from elsewhere, recoverImageUrl) and shows the copy; when no article has it,
 * or the copy does not load either, the view shows the missing-image placeholder.
 */
import { useState } from 'react';
import { assetUrl, type AssetHost } from '../../../../shared/article/asset-url';
import { useAssetHost } from './asset-host';
import { recoverImageUrl } from './image-urls';

export type FigureImageState =
  /** `attempt` changes when the same URL is tried again, so the view makes a new `<img>`. */
  { kind: 'ready'; url: string; attempt: number } | { kind: 'loading' } | { kind: 'missing' };

export interface FigureImage {
  image: FigureImageState;
  /** For the `<img>`'s error event. */
  onError: () => void;
}

/** What happened after the built URL failed to load: asking main, its answer, or nothing left to try. */
type Recovery = { kind: 'asking' } | { kind: 'copied'; url: string } | { kind: 'missing' };

export function useFigureImageUrl(articleId: string | null, assetId: string): FigureImage {
  const host = useAssetHost();
  const key = `${articleId ?? ''}/${assetId}`;
  // Per article and asset: a replaced image starts again from its own URL.
  const [recovery, setRecovery] = useState<{ key: string; state: Recovery } | null>(null);
  const state = recovery?.key === key ? recovery.state : null;

  const onError = () => {
    if (articleId === null) return;
    if (state === null) {
      setRecovery({ key, state: { kind: 'asking' } });
      void recoverImageUrl(articleId, assetId).then((url) => {
        setRecovery((previous) =>
          previous?.key !== key
            ? previous
            : { key, state: url === null ? { kind: 'missing' } : { kind: 'copied', url } },
        );
      });
    } else if (state.kind === 'copied') {
      setRecovery({ key, state: { kind: 'missing' } });
    }
  };

  return { image: imageState(host, articleId, assetId, state), onError };
}

function imageState(
  host: AssetHost | null,
  articleId: string | null,
  assetId: string,
  recovery: Recovery | null,
): FigureImageState {
  if (articleId === null || host === null || recovery?.kind === 'missing')
    return { kind: 'missing' };
  if (recovery === null)
    return { kind: 'ready', url: assetUrl(host, articleId, assetId), attempt: 0 };
  if (recovery.kind === 'asking') return { kind: 'loading' };
  return { kind: 'ready', url: recovery.url, attempt: 1 };
}

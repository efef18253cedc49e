/** The display URL of a figure's image, or why there is none yet. */
import { useEffect, useState } from 'react';
import { figureImageUrl } from './image-urls';

export type FigureImageState =
  { kind: 'loading' } | { kind: 'ready'; url: string } | { kind: 'missing' };

export function useFigureImageUrl(articleId: string | null, assetId: string): FigureImageState {
  const [state, setState] = useState<{ key: string; image: FigureImageState }>({
    key: '',
    image: { kind: 'loading' },
  });
  const key = `${articleId ?? ''}/${assetId}`;

  useEffect(() => {
    if (articleId === null) return;
    let current = true;
    void figureImageUrl(articleId, assetId).then((url) => {
      if (current) {
        setState({ key, image: url === null ? { kind: 'missing' } : { kind: 'ready', url } });
      }
    });
    return () => {
      current = false;
    };
  }, [articleId, assetId, key]);

  if (articleId === null) return { kind: 'missing' };
  return state.key === key ? state.image : { kind: 'loading' };
}

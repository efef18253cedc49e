/**
 * Publishes the article bar's height as `--article-bar-height` on the
 * scrolling workspace, where the formatting toolbar sticks under the bar and
 * the workspace's scroll padding keeps what is scrolled into view below both
 * (body.css, layout.css). A fixed offset assumed a one-line bar: the bar wraps
 * at a 1280 × 720 window, and grows with a notice or the Checks panel, and the
 * toolbar slid under it, so the focus went to buttons no one could see.
 */
import { useLayoutEffect, useRef } from 'react';

export function useArticleBarHeight<T extends HTMLElement>() {
  const barRef = useRef<T>(null);
  useLayoutEffect(() => {
    const bar = barRef.current;
    const workspace = bar?.closest<HTMLElement>('.workspace');
    if (!bar || !workspace) return;
    // Sizes come with the observer's entries: no layout is read on the typing path.
    const observer = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize[0]?.blockSize;
      if (height !== undefined) workspace.style.setProperty('--article-bar-height', `${height}px`);
    });
    observer.observe(bar, { box: 'border-box' });
    return () => {
      observer.disconnect();
      workspace.style.removeProperty('--article-bar-height');
    };
  }, []);
  return barRef;
}

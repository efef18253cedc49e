/**
 * Publishes the article bar's height as `--article-bar-height` on the
 * scrolling workspace, where the formatting toolbar sticks under the bar and
 * the workspace's scroll padding keeps what is scrolled into view below both
 * (body.css, layout.css). A fixed offset assumed a one-line bar: the bar wraps
 * at a 1280 × 720 window, and grows with a notice or the Checks panel, and the
 * toolbar slid under it, so the focus went to buttons no one could see.
 */
import { useLayoutEffect, useRef } from 'react';

const BAR_HEIGHT = '--article-bar-height';

export function useArticleBarHeight<T extends HTMLElement>() {
  const barRef = useRef<T>(null);
  useLayoutEffect(() => {
    const bar = barRef.current;
    const workspace = bar?.closest<HTMLElement>('.workspace');
    if (!bar || !workspace) return;
    // Sizes come with the observer's entries: no layout is read on the typing path.
    // Set only when it changed, and left in place when the view goes: a custom
    // property changed on the workspace restyles the whole article under it,
    // and removing and setting it again at every article opened added a
    // second style and layout pass to the opening's frame.
    const observer = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize[0]?.blockSize;
      if (height === undefined) return;
      const value = `${height}px`;
      if (workspace.style.getPropertyValue(BAR_HEIGHT) !== value)
        workspace.style.setProperty(BAR_HEIGHT, value);
    });
    observer.observe(bar, { box: 'border-box' });
    return () => observer.disconnect();
  }, []);
  return barRef;
}

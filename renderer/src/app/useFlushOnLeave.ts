/**
 * Best-effort save when the window is hidden or closed: the request is sent
 * before the page goes (the host finishes it), so at most the debounce is lost.
 */
import { useEffect } from 'react';

export function useFlushOnLeave(flush: () => Promise<boolean>): void {
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onLeave = () => void flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
    };
  }, [flush]);
}

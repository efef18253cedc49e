/**
 * Best-effort save when the window is hidden, loses focus or closes: the
 * request is sent before the page goes and outlives it (in the web host the
 * page sends it with `keepalive`, invoke-request.ts), so at most the debounce
 * is lost; the recovery journal covers that.
 */
import { useEffect } from 'react';

export function useFlushOnLeave(flush: () => Promise<boolean>): void {
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onLeave = () => void flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('blur', onLeave);
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('blur', onLeave);
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
    };
  }, [flush]);
}

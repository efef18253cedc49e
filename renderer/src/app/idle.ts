/**
 * Work that must stay off the typing path (counts, checks, spelling) runs when
 * the browser is idle. `timeoutMs` bounds the wait on a page that is never
 * idle; where requestIdleCallback is missing, a short timer stands in.
 */
export type CancelIdle = () => void;

export function whenIdle(callback: () => void, timeoutMs = 2000): CancelIdle {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 300);
  return () => clearTimeout(handle);
}

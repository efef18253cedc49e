/**
 * One Newsdesk page at a time, as Electron's single-instance lock gives the
 * desktop app: in the web host a second tab on the same library editing the
 * same article wrote over the first tab's recovery journal entry (one file
 * per article), and the first tab's unsaved words were then nowhere but in
 * that tab.
 *
 * A Web Lock held for the page's whole life: the browser releases it when
 * the page goes (closed, reloaded, crashed), so a page waiting for it opens
 * Newsdesk by itself then. Where the browser has no Web Locks (an insecure
 * origin), the page is taken to be alone.
 */
export const ONE_WINDOW_LOCK = 'newsdesk-window';

/**
 * How long a page waits for the lock before saying that Newsdesk is open
 * elsewhere: a reload's new page may ask before the old one has let go.
 */
export const WAIT_BEFORE_TELLING_MS = 400;

export interface OneWindowCallbacks {
  /** This page holds the lock: it is the Newsdesk window. */
  onHeld: () => void;
  /** Another page holds it (and this one waits for it). */
  onElsewhere: () => void;
}

/** Waits for the lock and holds it until the returned release is called. */
export function holdOneWindowLock({ onHeld, onElsewhere }: OneWindowCallbacks): () => void {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) {
    onHeld();
    return () => {};
  }
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const abort = new AbortController();
  let granted = false;
  const timer = setTimeout(() => {
    if (!granted) onElsewhere();
  }, WAIT_BEFORE_TELLING_MS);
  locks
    .request(ONE_WINDOW_LOCK, { signal: abort.signal }, () => {
      granted = true;
      clearTimeout(timer);
      onHeld();
      return held;
    })
    // Aborted when the page let go of its wait (the component unmounted).
    .catch(() => undefined);
  return () => {
    clearTimeout(timer);
    abort.abort();
    release();
  };
}

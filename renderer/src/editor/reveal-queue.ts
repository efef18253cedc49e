/**
 * Parts of a long article that are made after its first paint: the views of
 * its figures and related-news boxes (LazyDecorators.tsx), and inside a view
 * its fields and controls (deferred-block-fields.ts). An element waiting here
 * is shown
 *  - as soon as it comes near the viewport (an IntersectionObserver with half a
 *    screen's margin), so what is on screen is made one frame after the
 *    article appears and scrolling never reaches a block that is not;
 *  - otherwise when the browser is idle, a few per idle period in the order
 *    they were queued (document order), so within a second or so of opening
 *    everything exists for Tab, screen readers and find-in-page;
 *  - at once when code needs it (`showWithin`, e.g. a check's "go to" a
 *    figure's alt text far below).
 */
import { flushSync } from 'react-dom';
import { whenIdle } from '../app/idle';

/** Why an element is shown: callers render 'now' synchronously, the others may yield. */
export type Reveal = 'near' | 'idle' | 'now';

/**
 * Elements shown per idle period. A figure's view is ≈ 0.5 ms to make and its
 * fields ≈ 1.3 ms: four stay well inside the 50 ms an idle period may take.
 */
const PER_IDLE_PERIOD = 4;

const waiting = new Map<Element, (why: Reveal) => void>();
let observer: IntersectionObserver | null = null;
let idleRunAsked = false;

function show(element: Element, why: Reveal): void {
  const callback = waiting.get(element);
  if (!callback) return;
  waiting.delete(element);
  observer?.unobserve(element);
  callback(why);
}

function showSomeWhenIdle(): void {
  if (idleRunAsked || waiting.size === 0) return;
  idleRunAsked = true;
  whenIdle(() => {
    idleRunAsked = false;
    for (const element of [...waiting.keys()].slice(0, PER_IDLE_PERIOD)) show(element, 'idle');
    showSomeWhenIdle();
  });
}

/**
 * The article scrolls inside the workspace, not the window: a root margin
 * grows only the window, and the workspace would still clip a block until it
 * is on screen, so it would come in blank for a frame. The scroll margin grows
 * every scroll container on the way (Chromium 120+; Electron 39 is 142).
 */
const NEAR: IntersectionObserverInit & { scrollMargin: string } = {
  rootMargin: '50% 0px',
  scrollMargin: '50% 0px',
};

function nearViewport(): IntersectionObserver {
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) show(entry.target, 'near');
  }, NEAR);
  return observer;
}

/**
 * Calls `onShow` once, when `element` is to be shown (see above). Returns the
 * cancel: the element leaves the queue without being shown.
 */
export function showWhenNear(element: Element, onShow: (why: Reveal) => void): () => void {
  waiting.set(element, onShow);
  nearViewport().observe(element);
  showSomeWhenIdle();
  return () => {
    if (waiting.get(element) !== onShow) return;
    waiting.delete(element);
    observer?.unobserve(element);
  };
}

/**
 * Shows at once, and renders synchronously, everything waiting in or at
 * `container`, including what showing it queues in turn (a view, then its
 * fields), so the caller can focus an element inside right after.
 */
export function showWithin(container: Element): void {
  for (let round = 0; round < 8; round += 1) {
    const inside = [...waiting.keys()].filter((element) => container.contains(element));
    if (inside.length === 0) return;
    flushSync(() => {
      for (const element of inside) show(element, 'now');
    });
  }
}

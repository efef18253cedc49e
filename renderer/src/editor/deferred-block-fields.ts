/**
 * When a block view in the body makes its fields and controls: a figure's
 * caption, credit and alt text with its move, width, Replace and Delete (≈ 25
 * elements, 7 form controls), a related-news box's heading and items (≈ 50
 * elements, 27 controls for three items). For the 30 figures and 3 boxes of a
 * long article that was ≈ 40 ms and more of the article's opening, before the
 * first paint (docs/benchmarks.md). A block view shows what a reader sees
 * first (the photo; the box's bar) and an empty space of about the fields'
 * height, and makes the fields
 *  - as soon as it comes near the viewport (an IntersectionObserver with half a
 *    screen's margin), so the blocks on screen have them one frame after the
 *    article appears and scrolling never reaches a block without them;
 *  - otherwise when the browser is idle, a few blocks per idle period in the
 *    order they mounted (document order), so within a second or so of opening
 *    every field exists for Tab, screen readers and find-in-page;
 *  - at once when asked (a box just inserted, which takes the focus).
 * The reveal is a transition: React renders it in slices that yield to typing.
 * Once shown, a block's fields stay (they hold focus and IME state).
 */
import { startTransition, useCallback, useState, type RefCallback } from 'react';
import { whenIdle } from '../app/idle';

/** Blocks revealed per idle period: a figure's fields cost ≈ 1.3 ms to make. */
const BLOCKS_PER_IDLE_PERIOD = 4;

const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | null = null;
let idleRunAsked = false;

function reveal(element: Element): void {
  const show = waiting.get(element);
  if (!show) return;
  waiting.delete(element);
  observer?.unobserve(element);
  show();
}

function revealSomeWhenIdle(): void {
  if (idleRunAsked || waiting.size === 0) return;
  idleRunAsked = true;
  whenIdle(() => {
    idleRunAsked = false;
    for (const element of [...waiting.keys()].slice(0, BLOCKS_PER_IDLE_PERIOD)) reveal(element);
    revealSomeWhenIdle();
  });
}

function nearViewport(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) reveal(entry.target);
    },
    { rootMargin: '50% 0px' },
  );
  return observer;
}

/**
 * Whether the block view should have its fields and controls yet (from the
 * start when `atOnce`), and the ref to put on an element of the view that is
 * always rendered: attaching it puts the block in line (near the viewport or
 * idle), detaching it (the view unmounts) takes it out again.
 */
export function useBlockFieldsShown(
  atOnce = false,
): [boolean, RefCallback<HTMLElement> | undefined] {
  const [shown, setShown] = useState(atOnce);
  const watch = useCallback((element: HTMLElement | null) => {
    if (!element) return;
    waiting.set(element, () => startTransition(() => setShown(true)));
    nearViewport().observe(element);
    revealSomeWhenIdle();
    return () => {
      waiting.delete(element);
      observer?.unobserve(element);
    };
  }, []);
  return [shown, shown ? undefined : watch];
}

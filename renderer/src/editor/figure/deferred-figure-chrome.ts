/**
 * When a figure view makes its fields and controls (caption, credit, alt text,
 * move, width, replace, delete): about 25 elements, 7 of them form controls.
 * For the 30 figures of a long article that was ≈ 40 ms of the article's
 * opening, before the first paint (docs/benchmarks.md). A figure view shows its
 * photo at once and makes the rest
 *  - as soon as it comes near the viewport (an IntersectionObserver with half a
 *    screen's margin), so the figures on screen have them one frame after the
 *    article appears and scrolling never reaches a figure without them;
 *  - otherwise when the browser is idle, a few figures per idle period in the
 *    order they mounted (document order), so within a second or so of opening
 *    every field exists for Tab, screen readers and find-in-page.
 * The reveal is a transition: React renders it in slices that yield to typing.
 * Once shown, a figure's chrome stays (it holds focus and IME state).
 */
import { startTransition, useCallback, useState, type RefCallback } from 'react';
import { whenIdle } from '../../app/idle';

/** Figures revealed per idle period: each costs ≈ 1.3 ms to make at 10,000 words. */
const FIGURES_PER_IDLE_PERIOD = 4;

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
    for (const element of [...waiting.keys()].slice(0, FIGURES_PER_IDLE_PERIOD)) reveal(element);
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
 * Whether the figure view should have its fields and controls yet, and the ref
 * to put on the view's element: attaching it puts the figure in line (near the
 * viewport or idle), detaching it (the view unmounts) takes it out again.
 */
export function useFigureChromeShown(): [boolean, RefCallback<HTMLElement> | undefined] {
  const [shown, setShown] = useState(false);
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

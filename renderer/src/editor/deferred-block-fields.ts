/**
 * When a block view in the body makes its fields and controls: a figure's
 * caption, credit and alt text with its move, width, Replace and Delete (≈ 25
 * elements, 7 form controls), a related-news box's heading and items (≈ 50
 * elements, 27 controls for three items). For the 30 figures and 3 boxes of a
 * long article that was ≈ 40 ms and more of the article's opening, before the
 * first paint (docs/benchmarks.md). A block view shows what a reader sees
 * first (the photo; the box's bar) and an empty space of about the fields'
 * height, and makes the fields when reveal-queue.ts says so: near the
 * viewport, when idle, or at once when code needs them. A box just inserted,
 * which takes the focus, has them from the start.
 * The reveal is a transition: React renders it in slices that yield to typing.
 * Once shown, a block's fields stay (they hold focus and IME state).
 */
import { startTransition, useCallback, useState, type RefCallback } from 'react';
import { showWhenNear } from './reveal-queue';

/**
 * Whether the block view should have its fields and controls yet (from the
 * start when `atOnce`), and the ref to put on an element of the view that is
 * always rendered: attaching it puts the block in the queue, detaching it (the
 * view unmounts) takes it out again.
 */
export function useBlockFieldsShown(
  atOnce = false,
): [boolean, RefCallback<HTMLElement> | undefined] {
  const [shown, setShown] = useState(atOnce);
  const watch = useCallback(
    (element: HTMLElement | null) =>
      element
        ? showWhenNear(element, (why) => {
            if (why === 'now') setShown(true);
            else startTransition(() => setShown(true));
          })
        : undefined,
    [],
  );
  return [shown, shown ? undefined : watch];
}

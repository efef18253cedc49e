/** What e2e tests read of the space body blocks (figures, related-news boxes) take. */
import type { Locator } from '@playwright/test';

/** Each block's height on screen, in px. */
export function blockHeights(blocks: Locator): Promise<number[]> {
  return blocks.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().height));
}

/**
 * For each block, whether it is still only its reserved space: its view not
 * made yet, or its contents skipped off screen (`content-visibility: auto`).
 */
export function blocksOnlyReserved(blocks: Locator): Promise<boolean[]> {
  return blocks.evaluateAll((elements) =>
    elements.map((e) => {
      const view = e.firstElementChild;
      return view === null || !view.checkVisibility({ contentVisibilityAuto: true });
    }),
  );
}

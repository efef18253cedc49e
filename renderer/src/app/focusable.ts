/**
 * Where the keyboard's focus can go next, for code that moves it by hand when
 * the element holding it goes away or a key leaves a region (a dismissed
 * banner, Tab out of the body).
 */

const FOCUSABLE =
  'input, textarea, select, button, a[href], [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** Whether Tab could reach `element`: enabled, in the Tab order, on screen. */
function isTabbable(element: HTMLElement): boolean {
  if ((element as HTMLButtonElement).disabled || element.tabIndex < 0) return false;
  return element.checkVisibility();
}

/** The first element Tab could reach inside `container`. */
export function firstFocusableIn(container: Element): HTMLElement | null {
  for (const element of container.querySelectorAll<HTMLElement>(FOCUSABLE))
    if (isTabbable(element)) return element;
  return null;
}

/** The first element Tab could reach after `region` (outside it), in the document's order. */
export function firstFocusableAfter(region: Element): HTMLElement | null {
  for (const element of region.ownerDocument.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (region.contains(element)) continue;
    if (!(region.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (isTabbable(element)) return element;
  }
  return null;
}

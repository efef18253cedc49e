/**
 * Keeps an element's text in step with a ValueStore by writing the DOM
 * directly, without a React render or commit.
 *
 * Why not state: before every commit, React 19 records the selection of the
 * focused element so it can restore it afterwards (`getSelectionInformation`
 * in react-dom). When that element is the article body, the record walks every
 * DOM node of the body (react#9992: "When the focus is inside a
 * contenteditable, apparently we are [doing this for every commit]"): ≈ 3 ms
 * per commit at 10,000 words, however small the commit. The save status
 * changed three times per autosave (unsaved, saving, saved) and the counts
 * after every pause in typing: each was a commit while the reporter typed.
 *
 * The element is rendered without children; `apply` writes its text (and any
 * class) on mount, on every change of the store, and when `apply` itself
 * changes (the language was switched).
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { ValueStore } from './value-store';

export function useLiveText<T, E extends HTMLElement>(
  store: Pick<ValueStore<T>, 'get' | 'subscribe'>,
  apply: (element: E, value: T) => void,
): RefObject<E | null> {
  const ref = useRef<E>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => apply(element, store.get());
    update();
    return store.subscribe(update);
  }, [store, apply]);
  return ref;
}

/**
 * Sets `element`'s text, writing nothing when it already says it, and
 * changing the text node in place when there is one. Replacing an element's
 * children while the reporter types in a field closes the browser's typing
 * step, so each key became its own Ctrl+Z; the status was rewritten with the
 * same words on every keystroke.
 */
export function writeText(element: Element, text: string): void {
  const node = element.firstChild;
  if (node !== null && node === element.lastChild && node.nodeType === Node.TEXT_NODE) {
    if ((node as Text).data !== text) (node as Text).data = text;
  } else if (element.textContent !== text) {
    element.textContent = text;
  }
}

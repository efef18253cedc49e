/**
 * The library list as one Tab stop, as the formatting toolbar is one
 * (roving-toolbar.ts): the current article's row (the one used last, else the
 * open article's, else the first) keeps its entry and trash button in the Tab
 * order, and the arrow keys, Home and End move from entry to entry. With two
 * Tab stops per row, a keyboard user who opened an article from a library of
 * fifty went through about a hundred of them to reach its headline.
 * Rows of damaged articles and "Show more" keep their own Tab stops.
 */
import { isComposingKey } from '../app/keys';

const ENTRY = ':scope > li > button.article-open';

export function makeRovingList(list: HTMLElement): () => void {
  const entries = () => [...list.querySelectorAll<HTMLButtonElement>(ENTRY)];
  /** The current row's entry. */
  let current: HTMLButtonElement | null = null;
  /**
   * Whether the reporter used `current` (focused it). Until then it follows
   * the open article: the rows are listed before the article reopened at start
   * is marked, and the first row, taken while none was, stayed the Tab stop.
   */
  let used = false;

  const settle = () => {
    const all = entries();
    if (!used || current === null || !all.includes(current)) {
      used = false;
      current =
        all.find((entry) => entry.getAttribute('aria-current') === 'true') ?? all[0] ?? null;
    }
    for (const entry of all) {
      const tabIndex = entry === current ? 0 : -1;
      for (const button of entry.parentElement!.querySelectorAll('button'))
        if (button.tabIndex !== tabIndex) button.tabIndex = tabIndex;
    }
  };

  const rowEntry = (target: EventTarget | null) => {
    const row = target instanceof HTMLElement ? target.closest('li') : null;
    return row?.parentElement === list
      ? row.querySelector<HTMLButtonElement>(':scope > button.article-open')
      : null;
  };

  const onFocusIn = (event: FocusEvent) => {
    const entry = rowEntry(event.target);
    if (entry && (entry !== current || !used)) {
      current = entry;
      used = true;
      settle();
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (isComposingKey(event)) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const entry = rowEntry(event.target);
    if (!entry) return;
    const all = entries();
    const at = all.indexOf(entry);
    const next =
      event.key === 'ArrowDown'
        ? all[at + 1]
        : event.key === 'ArrowUp'
          ? all[at - 1]
          : event.key === 'Home'
            ? all[0]
            : event.key === 'End'
              ? all[all.length - 1]
              : undefined;
    if (event.key.startsWith('Arrow') || event.key === 'Home' || event.key === 'End')
      // At either end the key does nothing, rather than scroll the list away from the focus.
      event.preventDefault();
    if (!next) return;
    current = next;
    used = true;
    settle();
    next.focus();
  };

  // Rows come, go and change places (a save puts its article first), and the open one changes.
  const observer = new MutationObserver(settle);
  observer.observe(list, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-current'],
  });
  list.addEventListener('focusin', onFocusIn);
  list.addEventListener('keydown', onKeyDown);
  settle();
  return () => {
    observer.disconnect();
    list.removeEventListener('focusin', onFocusIn);
    list.removeEventListener('keydown', onKeyDown);
  };
}

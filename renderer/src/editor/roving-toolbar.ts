/**
 * The ARIA toolbar pattern for the formatting toolbar: one Tab stop for the
 * whole toolbar (the button used last, else the first), and the arrow keys,
 * Home and End to move between its buttons. With a Tab stop per button, a
 * keyboard user went through eleven to thirteen of them between the sapo and
 * the body. Disabled buttons (Undo with nothing to undo) are skipped.
 */
import { isComposingKey } from '../app/keys';

export function makeRovingToolbar(toolbar: HTMLElement): () => void {
  // No layout read here (offsetParent and the like): settle runs when Undo
  // becomes enabled, on the first keystroke, in a body of 10,000 words.
  const buttons = () =>
    [...toolbar.querySelectorAll<HTMLButtonElement>('button')].filter((button) => !button.disabled);
  let current: HTMLButtonElement | null = null;

  /** Only `current` (or the first button, when it cannot be focused) takes Tab. */
  const settle = () => {
    const all = buttons();
    if (current === null || !all.includes(current)) current = all[0] ?? null;
    for (const button of toolbar.querySelectorAll<HTMLButtonElement>('button'))
      button.tabIndex = button === current ? 0 : -1;
  };

  const onFocusIn = (event: FocusEvent) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLButtonElement && toolbar.contains(target)) {
      current = target;
      settle();
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (isComposingKey(event)) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const all = buttons();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next =
      event.key === 'ArrowRight'
        ? all[(at + 1) % all.length]
        : event.key === 'ArrowLeft'
          ? all[(at - 1 + all.length) % all.length]
          : event.key === 'Home'
            ? all[0]
            : event.key === 'End'
              ? all[all.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    current = next;
    settle();
    next.focus();
  };

  // Buttons come and go (disabled, a re-render): the Tab stop follows.
  const observer = new MutationObserver(settle);
  observer.observe(toolbar, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['disabled'],
  });
  toolbar.addEventListener('focusin', onFocusIn);
  toolbar.addEventListener('keydown', onKeyDown);
  settle();
  return () => {
    observer.disconnect();
    toolbar.removeEventListener('focusin', onFocusIn);
    toolbar.removeEventListener('keydown', onKeyDown);
  };
}

/** Waiting until Lexical holds the selection a key left, for e2e specs that act on it next. */
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Lexical copies the DOM selection into its own on `selectionchange`, which
 * Chromium fires asynchronously, and its key handlers (arrows, Enter) act on
 * that copy. A key sent before the event arrives is handled from the previous
 * selection: an ArrowLeft right after Ctrl+End, while Lexical still held the
 * link dialog's range over "AB", collapsed the caret to the start of the link,
 * and the text composed there never reached the link. The DOM alone cannot
 * show this, so this listener remembers the DOM selection each selectionchange
 * found. It is added long after Lexical's (added when the editor mounts), so it
 * runs after Lexical has read the same selection: when the DOM selection still
 * equals the one it remembers, Lexical holds it too and no event is pending.
 */
export async function watchCaretSync(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { lexicalSawSelection?: StaticRange | null };
    if (w.lexicalSawSelection !== undefined) return;
    const remember = () => {
      const selection = window.getSelection();
      w.lexicalSawSelection =
        selection?.anchorNode && selection.focusNode
          ? new StaticRange({
              startContainer: selection.anchorNode,
              startOffset: selection.anchorOffset,
              endContainer: selection.focusNode,
              endOffset: selection.focusOffset,
            })
          : null;
    };
    // The selection of now counts as read: installed long after the last
    // caret move, nothing is pending, and a click that leaves the caret where
    // it was fires no selectionchange to wait for.
    remember();
    document.addEventListener('selectionchange', remember);
  });
}

/** Presses `key`, then waits until Lexical has read the selection it left (watchCaretSync). */
export async function pressAndSyncCaret(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await caretSynced(page);
}

/**
 * Clicks into text, then waits until Lexical has read the caret the click
 * placed. A key Lexical handles (an arrow at a block's edge, Enter, Backspace)
 * sent before that acts where the caret was before the click.
 */
export async function clickAndSyncCaret(
  target: Locator,
  options?: Parameters<Locator['click']>[0],
): Promise<void> {
  await watchCaretSync(target.page());
  await target.click(options);
  await caretSynced(target.page());
}

/**
 * Waits until Lexical has read the DOM selection a script placed (after
 * watchCaretSync was installed, before the selection moved).
 */
export async function waitForCaretSync(page: Page): Promise<void> {
  await caretSynced(page);
}

async function caretSynced(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const seen = (window as unknown as { lexicalSawSelection?: StaticRange | null })
          .lexicalSawSelection;
        const selection = window.getSelection();
        return (
          !!seen &&
          !!selection &&
          seen.startContainer === selection.anchorNode &&
          seen.startOffset === selection.anchorOffset &&
          seen.endContainer === selection.focusNode &&
          seen.endOffset === selection.focusOffset
        );
      }),
    )
    .toBe(true);
}

/**
 * Text typed while a figure or a related-news box is selected goes into a new
 * paragraph right after the block, as in Ghost's editor; the block stays.
 * Several blocks selected (Shift+click) are treated the same way: the text
 * goes after the last of them.
 *
 * A block is selected as a whole (a node selection) with the arrow keys, or by
 * a click on it. Lexical then removes the browser's caret and leaves typing to
 * the browser, which put the letters at the very start of the body, each
 * before the last ("xyz" became "zyx"), out of sight, and autosave kept them;
 * with Unikey-style input the Backspaces of a tone mark deleted the figure too.
 * Here the key that starts the typing first gets a paragraph to type into: the
 * update runs inside Lexical's keydown dispatch, which commits it and puts the
 * browser's caret there before the character or the IME's composition arrives.
 *
 * Keys typed into a block's own fields (a caption, an item's headline) are not
 * the body's: only keys aimed at the body itself count.
 *
 * Pasted text goes there too. Left to Lexical, a paste over a selected block
 * did nothing when the clipboard held plain text (a node selection takes no
 * text) and deleted the block, its photo and caption or its related items,
 * when it held HTML. The paragraph is made in the paste's own update, so one
 * Ctrl+Z takes both back. Image files pasted without text keep the figure
 * import's own placement.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $addUpdateTag,
  $getSelection,
  COMMAND_PRIORITY_HIGH,
  KEY_DOWN_COMMAND,
  PASTE_COMMAND,
  PASTE_TAG,
} from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { LEXICAL_CLIPBOARD_TYPE } from '../paste/lexical-clipboard-json';
import { $paragraphAfterSelectedBlock } from './paragraph-after-blocks';

/**
 * Whether a paste brings words. Image files alone are the figure import's to
 * place (Lexical hands them over only without text); a photo copied with its
 * HTML (a web page's "Copy", Word) is pasted as that HTML, over the block.
 */
function pastesText(data: DataTransfer | null): boolean {
  if (data === null) return false;
  return ['text/plain', 'text/html', LEXICAL_CLIPBOARD_TYPE].some((type) =>
    data.types.includes(type),
  );
}

/** Whether the key types text: a character, or an input method starting to compose. */
function typesText(event: KeyboardEvent): boolean {
  if (event.isComposing) return false;
  // Ctrl/Cmd shortcuts type nothing; Ctrl+Alt is AltGr on Windows, which does.
  if (event.metaKey || (event.ctrlKey && !event.altKey)) return false;
  if (event.key === 'Process') return true;
  return [...event.key].length === 1;
}

export function TypeAfterSelectedBlockPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // Text inserted with no key before it (some virtual keyboards and input
    // tools): the browser already aimed it at the body's start, so it is
    // typed here instead. Capture phase, ahead of Lexical's own handler.
    const onBeforeInput = (event: InputEvent) => {
      if (event.target !== editor.getRootElement()) return;
      if (event.inputType !== 'insertText' || !event.data || event.isComposing) return;
      const text = event.data;
      let typed = false;
      editor.update(
        () => {
          const paragraph = $paragraphAfterSelectedBlock();
          if (!paragraph) return;
          $getSelection()?.insertText(text);
          typed = true;
        },
        { discrete: true },
      );
      if (!typed) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    // Capture phase at the body, ahead of Lexical's own paste listener: the
    // paste is dispatched again from inside an update that first makes the
    // paragraph, so each paste handler (sanitizer, tone style, Lexical's)
    // inserts there, and it all commits as one paste.
    const onPaste = (event: ClipboardEvent) => {
      if (event.target !== editor.getRootElement() || !pastesText(event.clipboardData)) return;
      let moved = false;
      editor.update(
        () => {
          if ($paragraphAfterSelectedBlock() === null) return;
          moved = true;
          $addUpdateTag(PASTE_TAG);
          editor.dispatchCommand(PASTE_COMMAND, event);
        },
        { discrete: true },
      );
      if (!moved) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    return mergeRegister(
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (event.target !== editor.getRootElement() || !typesText(event)) return false;
          // Not handled either way: the key goes on, into the new paragraph if one was made.
          $paragraphAfterSelectedBlock();
          return false;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('beforeinput', onBeforeInput, true);
        previous?.removeEventListener('paste', onPaste, true);
        root?.addEventListener('beforeinput', onBeforeInput, true);
        root?.addEventListener('paste', onPaste, true);
      }),
    );
  }, [editor]);
  return null;
}

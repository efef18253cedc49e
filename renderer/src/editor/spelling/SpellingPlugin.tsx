/**
 * Offline spelling in the body (issue #7): likely misspelled syllables are
 * underlined, with suggestions on right-click or Alt+F7.
 *
 * It never gets in the way of typing:
 * - the check runs on idle after edits, never while an IME composes;
 * - the underline is painted with the CSS Custom Highlight API (a named
 *   highlight over DOM ranges), so neither Lexical's state nor its DOM, nor
 *   the selection, is ever changed by it;
 * - text changes only when the user picks a suggestion.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_LOW,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { isComposingKey } from '../../app/keys';
import { runIdleAfterEdits } from '../idle-after-edits';
import { $findMisspellings, type Misspelling } from './find-misspellings';
import { SpellingPopover } from './SpellingPopover';

const HIGHLIGHT_NAME = 'newsdesk-misspelled';

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The DOM range of a misspelling, or null when the DOM no longer matches it. */
function domRange(editor: LexicalEditor, entry: Misspelling): Range | null {
  const element = editor.getElementByKey(entry.nodeKey);
  const text = element?.firstChild;
  if (!text || text.nodeType !== Node.TEXT_NODE) return null;
  const data = (text as Text).data;
  if (data.slice(entry.index, entry.index + entry.length) !== entry.word) return null;
  const range = document.createRange();
  range.setStart(text, entry.index);
  range.setEnd(text, entry.index + entry.length);
  return range;
}

export interface OpenPopover {
  entry: Misspelling;
  x: number;
  y: number;
  /** Opened from the keyboard: focus goes into the popover. */
  focus: boolean;
}

export function SpellingPlugin(): React.JSX.Element | null {
  const [editor] = useLexicalComposerContext();
  const entries = useRef<Misspelling[]>([]);
  const ignored = useRef(new Set<string>());
  const [popover, setPopover] = useState<OpenPopover | null>(null);
  const recheck = useRef<() => void>(() => {});

  useEffect(() => {
    if (!highlightsSupported()) return;
    const paint = () => {
      const ranges = entries.current
        .map((entry) => domRange(editor, entry))
        .filter((range): range is Range => range !== null);
      CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
    };
    const run = () => {
      if (editor.isComposing()) {
        checking.schedule();
        return;
      }
      entries.current = editor.getEditorState().read(() => $findMisspellings(ignored.current));
      paint();
    };
    const checking = runIdleAfterEdits(editor, run, 3000);
    recheck.current = checking.schedule;
    return () => {
      checking.dispose();
      CSS.highlights.delete(HIGHLIGHT_NAME);
    };
  }, [editor]);

  /** The misspelling at a DOM point (text node + offset), if any. */
  const entryAt = useCallback(
    (node: Node, offset: number): Misspelling | null =>
      entries.current.find((entry) => {
        const element = editor.getElementByKey(entry.nodeKey);
        return (
          element?.firstChild === node &&
          offset >= entry.index &&
          offset <= entry.index + entry.length
        );
      }) ?? null,
    [editor],
  );

  useEffect(() => {
    if (!highlightsSupported()) return;
    const onContextMenu = (event: MouseEvent) => {
      const caret = document.caretRangeFromPoint?.(event.clientX, event.clientY);
      if (!caret) return;
      const entry = entryAt(caret.startContainer, caret.startOffset);
      if (!entry) return;
      event.preventDefault();
      // From the keyboard (Shift+F10, the Menu key: no right button pressed,
      // the menu at the caret) the menu takes the focus, as with Alt+F7, which
      // GNOME keeps for itself: left in the text, no suggestion could be chosen.
      setPopover({ entry, x: event.clientX, y: event.clientY, focus: event.button !== 2 });
    };
    const openFromKeyboard = (event: KeyboardEvent): boolean => {
      if (isComposingKey(event) || event.key !== 'F7' || !event.altKey) return false;
      if (event.ctrlKey || event.metaKey || event.shiftKey) return false;
      // The word at the caret, else the next one after it, else the first.
      const list = entries.current;
      const entry = editor.getEditorState().read(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return null;
        const { key, offset } = selection.anchor;
        const caretNode = $getNodeByKey(key);
        const atOrAfter = (entry: Misspelling) => {
          if (entry.nodeKey === key) return entry.index + entry.length >= offset;
          const node = $getNodeByKey(entry.nodeKey);
          return !!caretNode && !!node && caretNode.isBefore(node);
        };
        return list.find(atOrAfter) ?? list[0] ?? null;
      });
      if (!entry) return false;
      const rect = domRange(editor, entry)?.getBoundingClientRect();
      event.preventDefault();
      setPopover({ entry, x: rect?.left ?? 0, y: rect?.bottom ?? 0, focus: true });
      return true;
    };
    return mergeRegister(
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('contextmenu', onContextMenu);
        root?.addEventListener('contextmenu', onContextMenu);
      }),
      editor.registerCommand(KEY_DOWN_COMMAND, openFromKeyboard, COMMAND_PRIORITY_LOW),
    );
  }, [editor, entryAt]);

  const close = useCallback(
    (refocus: boolean) => {
      setPopover(null);
      if (refocus) editor.focus();
    },
    [editor],
  );

  const replace = useCallback(
    (entry: Misspelling, replacement: string) => {
      editor.update(() => {
        const node = $getNodeByKey(entry.nodeKey);
        if (!$isTextNode(node)) return;
        const text = node.getTextContent();
        if (text.slice(entry.index, entry.index + entry.length) !== entry.word) return;
        node.spliceText(entry.index, entry.length, replacement, true);
      });
      close(true);
    },
    [editor, close],
  );

  const closeAndRefocus = useCallback(() => close(true), [close]);

  const ignore = useCallback(
    (entry: Misspelling) => {
      ignored.current.add(entry.word.toLowerCase());
      recheck.current();
      close(true);
    },
    [close],
  );

  return popover ? (
    <SpellingPopover
      open={popover}
      onReplace={replace}
      onIgnore={ignore}
      onClose={closeAndRefocus}
    />
  ) : null;
}

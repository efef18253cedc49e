/**
 * Puts the sanitizer in front of every way Lexical's rich-text plugin takes
 * content from outside the editor:
 *  - PASTE_COMMAND (Ctrl+V, the context menu);
 *  - CONTROLLED_TEXT_INSERTION_COMMAND with an InputEvent carrying a
 *    DataTransfer (`beforeinput` of type insertFromDrop, insertFromYank or
 *    insertReplacementText: how a drop from another application arrives);
 *  - DROP_COMMAND (a drag Lexical recognises as coming from a Lexical editor,
 *    whose marker any web page can forge).
 * Each handler runs at critical priority, before the rich-text plugin's own,
 * and only when the transfer carries HTML or Lexical JSON: plain text and files
 * keep Lexical's path untouched. Exported as a plain function so any nested
 * editor (a caption, a related-news summary) can register it too.
 */
import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { mergeRegister, objectKlassEquals } from '@lexical/utils';
import {
  $getSelection,
  $isSelectionCapturedInDecoratorInput,
  $onUpdate,
  COMMAND_PRIORITY_CRITICAL,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DROP_COMMAND,
  getRegisteredNode,
  isDOMNode,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalEditor,
} from 'lexical';
import { EDITOR_NODE_TYPES } from '../../../../shared/export/node-types';
import { carriesMarkup, cleanTransfer } from './clean-transfer';
import type { LexicalJsonPolicy } from './lexical-clipboard-json';
import type { DataImage } from './sanitize-html';

export interface SafeTransferOptions {
  /**
   * Receives the `data:` images of a pasted or dropped HTML (they are never
   * inserted as HTML), once the rest of the paste is in the editor. Without it
   * they are dropped.
   */
  onDataImages?: (images: DataImage[]) => void;
}

const EXPORTABLE_TYPES: ReadonlySet<string> = new Set(EDITOR_NODE_TYPES);

/** Pasted Lexical JSON may name only nodes this editor registers and the export can render. */
export function lexicalJsonPolicy(editor: LexicalEditor): LexicalJsonPolicy {
  return {
    namespace: editor._config.namespace,
    isAllowedType: (type) =>
      type !== 'root' &&
      EXPORTABLE_TYPES.has(type) &&
      getRegisteredNode(editor, type) !== undefined,
  };
}

export function registerSafeTransfers(
  editor: LexicalEditor,
  options: SafeTransferOptions = {},
): () => void {
  const policy = lexicalJsonPolicy(editor);
  /** Drop events this module made itself: they are already clean. */
  const cleanDrops = new WeakSet<DragEvent>();

  /** Must run inside an update: the images are reported once it is committed. */
  const $clean = (source: DataTransfer): DataTransfer => {
    const { transfer, dataImages } = cleanTransfer(source, policy);
    const { onDataImages } = options;
    if (dataImages.length > 0 && onDataImages) $onUpdate(() => onDataImages(dataImages));
    return transfer;
  };

  return mergeRegister(
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        if (!objectKlassEquals(event, ClipboardEvent)) return false;
        const data = event.clipboardData;
        if (data === null || !carriesMarkup(data)) return false;
        // A paste into a form field inside a block (a figure's caption input) is
        // the browser's to handle, and a text field takes plain text only.
        if (isDOMNode(event.target) && $isSelectionCapturedInDecoratorInput(event.target)) {
          return false;
        }
        event.preventDefault();
        editor.update(
          () => {
            const transfer = $clean(data);
            const selection = $getSelection();
            if (selection !== null) $insertDataTransferForRichText(transfer, selection, editor);
          },
          // Its own undo step, as Lexical gives a paste.
          { tag: PASTE_TAG },
        );
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      (payload) => {
        if (typeof payload === 'string' || payload.dataTransfer === null) return false;
        if (!carriesMarkup(payload.dataTransfer)) return false;
        const selection = $getSelection();
        if (selection === null) return false;
        $insertDataTransferForRichText($clean(payload.dataTransfer), selection, editor);
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      DROP_COMMAND,
      (event) => {
        if (cleanDrops.has(event) || event.dataTransfer === null) return false;
        if (!carriesMarkup(event.dataTransfer)) return false;
        // Re-dispatched so Lexical's drop handling (drop point, moving a dragged
        // range) stays Lexical's, on the clean data.
        const copy = new DragEvent('drop', {
          dataTransfer: $clean(event.dataTransfer),
          clientX: event.clientX,
          clientY: event.clientY,
          screenX: event.screenX,
          screenY: event.screenY,
          cancelable: true,
        });
        cleanDrops.add(copy);
        editor.dispatchCommand(DROP_COMMAND, copy);
        if (copy.defaultPrevented) event.preventDefault();
        // Either way the original, unclean event goes no further down the chain.
        // When no handler took the clean copy, the browser's own drop follows and
        // arrives as an insertFromDrop InputEvent, which the handler above cleans.
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
  );
}

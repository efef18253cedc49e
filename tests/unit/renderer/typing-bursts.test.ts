/**
 * What counts as one keystroke's edit for the undo history (typing-bursts.ts):
 * a letter, a Backspace, an input method retyping a syllable's end, but not a
 * paste or a deleted selection, which start undo steps of their own; and the
 * runs it makes under Lexical's history.
 */
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { createHeadlessEditor } from '@lexical/headless';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  IS_BOLD,
  PASTE_TAG,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import {
  isKeystrokeEdit,
  registerTypingBursts,
  TYPING_MERGE_MS,
} from '../../../renderer/src/editor/plugins/typing-bursts';

describe('isKeystrokeEdit', () => {
  it('takes a letter, a Backspace and Unikey-style retyping', () => {
    expect(isKeystrokeEdit('Kết b', 'Kết ba')).toBe(true);
    expect(isKeystrokeEdit('Kết ba', 'Kết b')).toBe(true);
    expect(isKeystrokeEdit('Kết b', 'Kết bài')).toBe(true);
    expect(isKeystrokeEdit('viet nam', 'viết nam')).toBe(true);
    expect(isKeystrokeEdit('aa', 'a')).toBe(true);
  });

  it('leaves out pastes, cut selections and no change at all', () => {
    expect(isKeystrokeEdit('Kết', 'Kết bài viết hôm nay')).toBe(false);
    expect(isKeystrokeEdit('Kết bài viết hôm nay', 'Kết')).toBe(false);
    expect(isKeystrokeEdit('Kết', 'Kết')).toBe(false);
  });
});

describe('registerTypingBursts', () => {
  function typingEditor(): LexicalEditor {
    const editor = createHeadlessEditor({
      namespace: 'typing-bursts',
      onError: (error) => {
        throw error;
      },
    });
    registerTypingBursts(editor, () => 0);
    registerHistory(editor, createEmptyHistoryState(), TYPING_MERGE_MS);
    editor.update(
      () => {
        $getRoot().append($createParagraphNode());
        $getRoot().selectEnd();
      },
      { discrete: true },
    );
    return editor;
  }
  const insert = (editor: LexicalEditor, text: string, tag?: string) =>
    editor.update(() => $getSelection()?.insertText(text), { discrete: true, tag });
  const text = (editor: LexicalEditor) =>
    editor.getEditorState().read(() => $getRoot().getTextContent());

  /** The text once the undo's update (run after the command, not within it) is committed. */
  const undo = async (editor: LexicalEditor) => {
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return text(editor);
  };

  it('keeps a short paste its own undo step, apart from the typing before and after it', async () => {
    const editor = typingEditor();
    for (const letter of 'Giá vàng ') insert(editor, letter);
    insert(editor, 'tăng', PASTE_TAG);
    for (const letter of ' mạnh') insert(editor, letter);

    expect(await undo(editor)).toBe('Giá vàng tăng');
    expect(await undo(editor)).toBe('Giá vàng ');
    expect(await undo(editor)).toBe('');
  });

  it('keeps bold put on the letters just typed its own undo step', async () => {
    const editor = typingEditor();
    for (const letter of 'Hà Nội') insert(editor, letter);
    editor.update(
      () => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        // "Nội" chosen, as Shift+Ctrl+Left would, then Ctrl+B.
        selection.anchor.set(selection.anchor.key, 3, 'text');
        selection.formatText('bold');
      },
      { discrete: true },
    );

    expect(await undo(editor)).toBe('Hà Nội');
    const bold = editor.getEditorState().read(() =>
      $getRoot()
        .getAllTextNodes()
        .some((node) => $isTextNode(node) && (node.getFormat() & IS_BOLD) !== 0),
    );
    expect(bold).toBe(false);
  });
});

/**
 * The save's body serializer must write exactly what `editorState.toJSON()`
 * would, after any kind of change, while reusing the JSON of untouched blocks.
 */
import { describe, expect, it } from 'vitest';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  createEditor,
  type LexicalEditor,
} from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { FigureNode } from '../../../shared/nodes/figure-node';
import { RelatedNewsNode } from '../../../shared/nodes/related-news-node';
import { generateArticle } from '../../../bench/generate/article';
import { BodySerializer } from '../../../renderer/src/article/body-serializer';

function editorWithArticle(): LexicalEditor {
  const editor = createEditor({
    namespace: 'test',
    nodes: [
      HeadingNode,
      QuoteNode,
      ListNode,
      ListItemNode,
      LinkNode,
      AutoLinkNode,
      FigureNode,
      RelatedNewsNode,
    ],
    onError: (error) => {
      throw error;
    },
  });
  const { article } = generateArticle('body-serializer', { words: 1500, figures: 3, related: 1 });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(article.body)));
  return editor;
}

const update = (editor: LexicalEditor, fn: () => void) => editor.update(fn, { discrete: true });

/** The n-th text node of the body, found by walking top-level blocks. */
function $nthText(n: number) {
  const texts = $getRoot()
    .getChildren()
    .flatMap((block) => ($isElementNode(block) ? block.getAllTextNodes() : []));
  const node = texts[n];
  if (!$isTextNode(node)) throw new Error(`no text node ${n}`);
  return node;
}

describe('BodySerializer', () => {
  it('writes what editorState.toJSON() writes, after each kind of change', () => {
    const editor = editorWithArticle();
    const serializer = new BodySerializer();
    const check = () =>
      expect(serializer.serialize(editor.getEditorState())).toEqual(
        editor.getEditorState().toJSON(),
      );
    check();

    update(editor, () => $nthText(5).setTextContent('đã sửa ở giữa một đoạn'));
    check();
    update(editor, () => $nthText(20).toggleFormat('bold'));
    check();
    update(editor, () => {
      const paragraph = $createParagraphNode().append($createTextNode('Đoạn mới chèn vào'));
      $getRoot().getChildAtIndex(3)!.insertAfter(paragraph);
    });
    check();
    update(editor, () => $getRoot().getChildAtIndex(7)!.remove());
    check();
    update(editor, () => {
      // A move: same nodes, new order.
      const root = $getRoot();
      root.getChildAtIndex(2)!.insertBefore(root.getLastChild()!);
    });
    check();
    // Undo-like: a whole earlier state set back.
    const earlier = editor.getEditorState();
    update(editor, () => $nthText(1).setTextContent('sẽ bị hoàn tác'));
    check();
    editor.setEditorState(earlier);
    check();
  });

  it('reuses the JSON of blocks that did not change, and only those', () => {
    const editor = editorWithArticle();
    const serializer = new BodySerializer();
    const before = serializer.serialize(editor.getEditorState()).root.children;
    let changedIndex = -1;
    update(editor, () => {
      const text = $nthText(10);
      changedIndex = text.getTopLevelElementOrThrow().getIndexWithinParent();
      text.setTextContent('một chữ khác');
    });
    const after = serializer.serialize(editor.getEditorState()).root.children;
    expect(after).toHaveLength(before.length);
    after.forEach((block, index) => {
      if (index === changedIndex) expect(block).not.toBe(before[index]);
      else expect(block).toBe(before[index]);
    });
  });
});

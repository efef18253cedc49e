// @vitest-environment jsdom
/**
 * The block views' shared watch on a real Lexical editor with a root element
 * (mutation listeners need the reconciler): a view hears about its own node
 * and its own selection only, typing elsewhere tells no view anything, and the
 * shared selection answers what Lexical's own `isSelected()` answers.
 */
import {
  $createNodeSelection,
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getNodeByKey,
  $getRoot,
  $setSelection,
  createEditor,
  type LexicalEditor,
  type NodeKey,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import {
  $createFigureNode,
  $isFigureNode,
  FigureNode,
  type FigureData,
} from '../../../shared/nodes/figure-node';
import { $createRelatedNewsNode, RelatedNewsNode } from '../../../shared/nodes/related-news-node';
import {
  $selectedDecoratorKeys,
  isDecoratorSelected,
  watchDecoratorSelected,
  watchNode,
} from '../../../renderer/src/editor/decorator-watch';

const FIGURE: FigureData = {
  assetId: `${'c0ffee'.repeat(10)}abcd.jpg`,
  width: 1600,
  height: 1067,
  layout: 'wide',
  caption: 'Chợ nổi Cái Răng lúc bình minh.',
  credit: 'Ảnh: Lê Minh',
  alt: 'Ghe xuồng chở trái cây trên sông',
};

interface Body {
  editor: LexicalEditor;
  text: NodeKey;
  figureA: NodeKey;
  figureB: NodeKey;
  box: NodeKey;
}

/** paragraph "Mở đầu", figure A, paragraph, figure B, related-news box. */
function body(): Body {
  const editor = createEditor({
    namespace: 'watch-test',
    nodes: [FigureNode, RelatedNewsNode],
    onError: (error) => {
      throw error;
    },
  });
  const root = document.createElement('div');
  root.contentEditable = 'true';
  document.body.append(root);
  editor.setRootElement(root);
  const keys = {} as Omit<Body, 'editor'>;
  editor.update(
    () => {
      const text = $createTextNode('Mở đầu');
      const figureA = $createFigureNode(FIGURE);
      const figureB = $createFigureNode({ ...FIGURE, caption: 'Bến Ninh Kiều.' });
      const box = $createRelatedNewsNode();
      $getRoot().append(
        $createParagraphNode().append(text),
        figureA,
        $createParagraphNode().append($createTextNode('Giữa bài')),
        figureB,
        box,
      );
      Object.assign(keys, {
        text: text.getKey(),
        figureA: figureA.getKey(),
        figureB: figureB.getKey(),
        box: box.getKey(),
      });
    },
    { discrete: true },
  );
  return { editor, ...keys };
}

function counter() {
  const calls = { n: 0 };
  return { calls, onChange: () => void (calls.n += 1) };
}

function edit(editor: LexicalEditor, change: () => void) {
  editor.update(change, { discrete: true });
}

describe('watchNode', () => {
  it('tells a view when its own node changes, and no view when the text does', () => {
    const { editor, text, figureA, figureB, box } = body();
    const a = counter();
    const b = counter();
    const related = counter();
    watchNode(editor, FigureNode, figureA, a.onChange);
    watchNode(editor, FigureNode, figureB, b.onChange);
    watchNode(editor, RelatedNewsNode, box, related.onChange);

    edit(editor, () => $getNodeByKey<TextNode>(text)!.setTextContent('Mở đầu bài viết'));
    expect([a.calls.n, b.calls.n, related.calls.n]).toEqual([0, 0, 0]);

    edit(editor, () => {
      const node = $getNodeByKey(figureB);
      if ($isFigureNode(node)) node.setCaption('Bến Ninh Kiều về đêm.');
    });
    expect([a.calls.n, b.calls.n, related.calls.n]).toEqual([0, 1, 0]);
  });

  it('tells a figure when a block is put next to it, when it goes, and after an undo', () => {
    const { editor, figureA, figureB } = body();
    const a = counter();
    const b = counter();
    watchNode(editor, FigureNode, figureA, a.onChange);
    watchNode(editor, FigureNode, figureB, b.onChange);
    const before = editor.getEditorState();

    // Its neighbours decide whether the move-up/down buttons work.
    edit(editor, () => $getNodeByKey(figureA)!.insertAfter($createParagraphNode()));
    expect(a.calls.n).toBeGreaterThan(0);
    expect(b.calls.n).toBe(0);

    const seen = b.calls.n;
    edit(editor, () => $getNodeByKey(figureB)!.remove());
    expect(b.calls.n).toBeGreaterThan(seen);

    // Undo/redo set a whole earlier state: the figure is back and must be re-read.
    const afterRemove = b.calls.n;
    editor.setEditorState(before);
    expect(b.calls.n).toBeGreaterThan(afterRemove);
  });

  it('stops calling a view that unsubscribed', () => {
    const { editor, figureA } = body();
    const a = counter();
    const stop = watchNode(editor, FigureNode, figureA, a.onChange);
    stop();
    edit(editor, () => {
      const node = $getNodeByKey(figureA);
      if ($isFigureNode(node)) node.setAlt('Khác');
    });
    expect(a.calls.n).toBe(0);
  });
});

describe('watchDecoratorSelected', () => {
  it('follows a node selection, and typing with a caret tells no view', () => {
    const { editor, text, figureA, figureB } = body();
    const a = counter();
    const b = counter();
    watchDecoratorSelected(editor, figureA, a.onChange);
    watchDecoratorSelected(editor, figureB, b.onChange);

    edit(editor, () => {
      const selection = $createNodeSelection();
      selection.add(figureA);
      $setSelection(selection);
    });
    expect(isDecoratorSelected(editor, figureA)).toBe(true);
    expect(isDecoratorSelected(editor, figureB)).toBe(false);
    expect([a.calls.n, b.calls.n]).toEqual([1, 0]);

    edit(editor, () => $getNodeByKey(text)!.selectEnd());
    expect(isDecoratorSelected(editor, figureA)).toBe(false);
    expect([a.calls.n, b.calls.n]).toEqual([2, 0]);

    edit(editor, () => {
      $getNodeByKey<TextNode>(text)!.setTextContent('Mở đầu thêm chữ');
      $getNodeByKey(text)!.selectEnd();
    });
    expect([a.calls.n, b.calls.n]).toEqual([2, 0]);
  });

  it('answers as Lexical’s isSelected() does for carets, ranges and node selections', () => {
    const { editor, text, figureA, figureB, box } = body();
    const blocks = [figureA, figureB, box];
    const selections: Array<() => void> = [
      () => $getNodeByKey(text)!.selectEnd(),
      () => $getRoot().select(0, $getRoot().getChildrenSize()),
      () => {
        const range = $createRangeSelection();
        range.anchor.set(text, 2, 'text');
        range.focus.set('root', 3, 'element');
        $setSelection(range);
      },
      () => {
        const nodes = $createNodeSelection();
        nodes.add(figureB);
        nodes.add(box);
        $setSelection(nodes);
      },
      () => $setSelection(null),
    ];
    for (const select of selections) {
      edit(editor, select);
      const [ours, lexicals] = editor
        .getEditorState()
        .read(() => [
          [...$selectedDecoratorKeys()].sort(),
          blocks.filter((key) => $getNodeByKey(key)!.isSelected()).sort(),
        ]);
      expect(ours).toEqual(lexicals);
    }
    // The range over the whole root covers all three blocks: the comparison is not vacuous.
    edit(editor, () => $getRoot().select(0, $getRoot().getChildrenSize()));
    expect(blocks.every((key) => isDecoratorSelected(editor, key))).toBe(true);
  });
});

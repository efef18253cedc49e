/**
 * Where new figures go: after the block the caret was in when the user asked
 * (never inside a paragraph, and never splitting one mid-sentence), in the order
 * the files were given. An empty paragraph the caret sat in is replaced, like a
 * placeholder line; a paragraph follows the last figure when it would otherwise
 * end the body, and the caret goes there, so the reporter can keep typing.
 */
import {
  $createNodeSelection,
  $createParagraphNode,
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getPreviousSelection,
  $getRoot,
  $isElementNode,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isRootNode,
  $setSelection,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import type { ImportedImage } from '../../../../shared/ipc/channels';
import { $createFigureNode, type FigureNode } from '../../../../shared/nodes/figure-node';

/** Where the caret is now, as the top-level block to insert after; read before an async import. */
export function $figureInsertionPoint(): NodeKey | null {
  // A paste or drop may arrive while the editor has no selection (focus just
  // moved); the last one the user made is where they were.
  const selection = $getSelection() ?? $getPreviousSelection();
  if ($isRangeSelection(selection)) {
    const node = selection.focus.getNode();
    if (node.getKey() === 'root') {
      const child = $getRoot().getChildAtIndex(Math.max(0, selection.focus.offset - 1));
      return child?.getKey() ?? null;
    }
    return node.getTopLevelElement()?.getKey() ?? null;
  }
  if (selection !== null) {
    const nodes = selection.getNodes();
    return nodes[nodes.length - 1]?.getTopLevelElement()?.getKey() ?? null;
  }
  return $blockAtDomCaret();
}

/** When Lexical holds no selection at all, the browser's caret (if any) is where the user is. */
function $blockAtDomCaret(): NodeKey | null {
  const domSelection = window.getSelection();
  const anchor = domSelection?.anchorNode ?? null;
  if (anchor === null) return null;
  const node = $getNearestNodeFromDOMNode(anchor);
  if (node === null) return null;
  if ($isRootNode(node)) {
    const offset = domSelection?.anchorOffset ?? 0;
    return (
      $getRoot()
        .getChildAtIndex(Math.max(0, offset - 1))
        ?.getKey() ?? null
    );
  }
  return node.getTopLevelElement()?.getKey() ?? null;
}

export function $insertFigures(
  images: readonly ImportedImage[],
  after: NodeKey | null,
  /** False while more figures of the same import are to come: the caret moves once, after the last. */
  moveCaret = true,
): FigureNode[] {
  const figures = images.map((image) =>
    $createFigureNode({
      assetId: image.assetId,
      width: image.width,
      height: image.height,
      layout: 'wide',
      caption: '',
      credit: '',
      alt: '',
    }),
  );
  if (figures.length === 0) return figures;

  const root = $getRoot();
  const anchor: LexicalNode | null = after === null ? null : $getNodeByKey(after);
  const anchorBlock = anchor?.isAttached() ? anchor.getTopLevelElement() : null;
  let previous: LexicalNode;
  if (anchorBlock === null) {
    previous = figures[0]!;
    root.append(previous);
  } else if ($isParagraphNode(anchorBlock) && anchorBlock.isEmpty()) {
    previous = figures[0]!;
    anchorBlock.replace(previous);
  } else {
    previous = figures[0]!;
    anchorBlock.insertAfter(previous);
  }
  for (const figure of figures.slice(1)) {
    previous.insertAfter(figure);
    previous = figure;
  }
  if (previous.getNextSibling() === null) previous.insertAfter($createParagraphNode());
  if (moveCaret) $moveCaretPast(previous);
  return figures;
}

/**
 * The caret goes to the block after `figure`, ready to go on writing. (Not a
 * NodeSelection of the new figure: a click elsewhere right after would race
 * Lexical removing the DOM caret for it, and leave no selection at all.)
 */
export function $moveCaretPast(figure: LexicalNode): void {
  const following = figure.getNextSibling();
  if ($isElementNode(following)) following.selectStart();
  else {
    const selection = $createNodeSelection();
    selection.add(figure.getKey());
    $setSelection(selection);
  }
}

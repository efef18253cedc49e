/**
 * Serialises the body for a save without re-serialising what did not change.
 * `editorState.toJSON()` walks every node of a 10,000-word body on each save
 * (≈ 3 ms, and the recovery journal snapshots too); between two saves usually
 * one block changed. This keeps the JSON of each top-level block with the node
 * objects it was made from, and reuses it while every one of those nodes is
 * still the very object in the current state.
 *
 * Why identity is enough: Lexical never mutates a node of a committed state. Any
 * change clones the changed node (getWritable), and a structural change (a child
 * added, removed or moved) clones the parent or a sibling whose links change.
 * So if each node recorded for a block is still in the node map, the block's
 * subtree is unchanged. An ancestor is not cloned when only a descendant
 * changes, which is why every node is checked, not just the block's.
 *
 * The output equals `editorState.toJSON()` (tested). Returned blocks are shared
 * between snapshots and deep-frozen (a mutation throws): the web host's bridge
 * encodes each block's bytes once (bridge/json-blob.ts).
 */
import {
  $exportNodeJSON,
  $getNodeByKey,
  $getRoot,
  $getSlot,
  $getSlotNames,
  $isElementNode,
  type EditorState,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import type { ArticleBody } from '../../../shared/article/schema';
import { markImmutableJson } from '../bridge/json-blob';

interface SerializedShape extends SerializedLexicalNode {
  children?: SerializedLexicalNode[];
  $slots?: Record<string, SerializedLexicalNode>;
}

interface CachedBlock {
  nodes: LexicalNode[];
  json: SerializedLexicalNode;
}

/** What Lexical's own export walk does for one node, recording the nodes visited. */
function $exportSubtree(node: LexicalNode, visited: LexicalNode[]): SerializedLexicalNode {
  visited.push(node);
  const json = $exportNodeJSON(node) as SerializedShape;
  if ($isElementNode(node)) {
    const children = json.children as SerializedLexicalNode[];
    for (const child of node.getChildren()) children.push($exportSubtree(child, visited));
  }
  const slotNames = $getSlotNames(node);
  if (slotNames.length > 0) {
    const slots: Record<string, SerializedLexicalNode> = {};
    for (const name of slotNames) {
      const slot = $getSlot(node, name as never);
      if (slot) slots[name] = $exportSubtree(slot, visited);
    }
    json.$slots = slots;
  }
  return json;
}

function $isUnchanged(block: CachedBlock): boolean {
  for (const node of block.nodes) if ($getNodeByKey(node.getKey()) !== node) return false;
  return true;
}

export class BodySerializer {
  private blocks = new Map<NodeKey, CachedBlock>();

  serialize(state: EditorState): ArticleBody {
    return state.read(() => {
      const root = $getRoot();
      const next = new Map<NodeKey, CachedBlock>();
      const rootJson = $exportNodeJSON(root) as SerializedShape;
      const children = rootJson.children as SerializedLexicalNode[];
      for (const child of root.getChildren()) {
        const key = child.getKey();
        let block = this.blocks.get(key);
        if (!block || !$isUnchanged(block)) {
          const nodes: LexicalNode[] = [];
          // Frozen and marked so requests splice in its encoded bytes (json-blob.ts).
          block = { json: markImmutableJson($exportSubtree(child, nodes)), nodes };
        }
        next.set(key, block);
        children.push(block.json);
      }
      this.blocks = next;
      return { root: rootJson } as unknown as ArticleBody;
    });
  }
}

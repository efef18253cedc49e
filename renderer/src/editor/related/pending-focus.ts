/**
 * Blocks just inserted from the toolbar, whose view should take the focus when
 * it mounts (the view appears only after Lexical reconciles, so the insert
 * command cannot focus it directly).
 */
import type { NodeKey } from 'lexical';

const pending = new Set<NodeKey>();

export function focusWhenMounted(nodeKey: NodeKey): void {
  pending.add(nodeKey);
}

/** Whether the block asked for the focus (without taking the request). */
export function hasPendingFocus(nodeKey: NodeKey): boolean {
  return pending.has(nodeKey);
}

/** True once for a block that asked for the focus. */
export function takePendingFocus(nodeKey: NodeKey): boolean {
  return pending.delete(nodeKey);
}

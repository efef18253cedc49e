/**
 * Reading Lexical's own fields from a serialized node. Those fields are checked by
 * Lexical's importJSON, not by our schema, so the renderer reads them defensively:
 * a missing or odd field falls back to Lexical's default rather than failing an export.
 */
import type { SerializedNodeShape } from '../article/schema';

export function childrenOf(node: SerializedNodeShape): readonly SerializedNodeShape[] {
  return Array.isArray(node.children) ? node.children : [];
}

export function stringField(node: SerializedNodeShape, key: string): string {
  const value = node[key];
  return typeof value === 'string' ? value : '';
}

export function numberField(node: SerializedNodeShape, key: string, fallback: number): number {
  const value = node[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

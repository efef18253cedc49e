/**
 * The images an article's body shows: the asset id of each figure, wherever
 * it sits in the block tree, each once, in reading order.
 */
import type { ArticleBody } from './schema';

export function figureAssetIds(body: ArticleBody): string[] {
  const ids = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const { type, assetId, children } = node as {
      type?: unknown;
      assetId?: unknown;
      children?: unknown;
    };
    if (type === 'figure' && typeof assetId === 'string') ids.add(assetId);
    if (Array.isArray(children)) children.forEach(visit);
  };
  visit(body.root);
  return [...ids];
}

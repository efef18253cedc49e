/**
 * The renderer of each node type, keyed by type and then by the node's `version`.
 * When a node's JSON changes incompatibly it gets a new version (or type) and a new
 * entry here, and the old entry stays, so old articles keep exporting as they did.
 */
import type { SerializedNodeShape } from '../article/schema';
import { renderHeading, renderParagraph, renderQuote, renderRoot } from './blocks';
import { UnsupportedNodeError } from './errors';
import { renderFigure } from './figure';
import { renderAutoLink, renderLink } from './links';
import { renderListItem, renderListNode } from './lists';
import { renderRelatedNews } from './related-news';
import { renderLineBreak, renderTab, renderText } from './text-nodes';
import type { NodeRenderer } from './types';

export const NODE_RENDERERS: Readonly<Record<string, Readonly<Record<number, NodeRenderer>>>> = {
  root: { 1: renderRoot },
  paragraph: { 1: renderParagraph },
  heading: { 1: renderHeading },
  quote: { 1: renderQuote },
  list: { 1: renderListNode },
  listitem: { 1: renderListItem },
  link: { 1: renderLink },
  autolink: { 1: renderAutoLink },
  text: { 1: renderText },
  linebreak: { 1: renderLineBreak },
  tab: { 1: renderTab },
  figure: { 1: renderFigure },
  'related-news': { 1: renderRelatedNews },
};

/** The node types the exporter can publish, sorted. */
export const SUPPORTED_NODE_TYPES: readonly string[] = Object.keys(NODE_RENDERERS).sort();

/** The renderer for `node`; throws rather than dropping content it cannot publish. */
export function rendererFor(node: SerializedNodeShape): NodeRenderer {
  const byVersion = Object.hasOwn(NODE_RENDERERS, node.type)
    ? NODE_RENDERERS[node.type]
    : undefined;
  const renderer =
    byVersion !== undefined && Object.hasOwn(byVersion, node.version)
      ? byVersion[node.version]
      : undefined;
  if (renderer === undefined) throw new UnsupportedNodeError(String(node.type), node.version);
  return renderer;
}

/**
 * Lexical lists. Lexical stores a nested list as a list item of its own that holds
 * only the list; valid HTML needs that list inside the previous `<li>`, so the
 * list renderer regroups items before writing them.
 */
import type { SerializedNodeShape } from '../article/schema';
import { childrenOf, numberField, stringField } from './fields';
import { flowContent } from './flow';
import type { FlowPart, NodeRenderer, RenderContext } from './types';

function isNestedListHolder(node: SerializedNodeShape): boolean {
  const children = childrenOf(node);
  return (
    node.type === 'listitem' &&
    children.length > 0 &&
    children.every((child) => child.type === 'list')
  );
}

function renderList(node: SerializedNodeShape, ctx: RenderContext): string {
  const items: FlowPart[][] = [];
  for (const child of childrenOf(node)) {
    // A child that is not a list item (not something Lexical writes) still gets its own `<li>`.
    const parts = ctx.flow(child.type === 'listitem' ? childrenOf(child) : [child]);
    const previous = items.at(-1);
    if (isNestedListHolder(child) && previous !== undefined) previous.push(...parts);
    else items.push(parts);
  }
  const lines = items
    .map(flowContent)
    .filter((content) => content !== '')
    .map((content) => `<li>${content}</li>`);
  if (lines.length === 0) return '';

  // Check lists publish as plain bullet lists: a ticked box means nothing to a reader.
  const ordered = stringField(node, 'listType') === 'number';
  const tag = ordered ? 'ol' : 'ul';
  const start = numberField(node, 'start', 1);
  const startAttr = ordered && Number.isInteger(start) && start !== 1 ? ` start="${start}"` : '';
  return [`<${tag}${startAttr}>`, ...lines, `</${tag}>`].join('\n');
}

export const renderListNode: NodeRenderer = { kind: 'block', render: renderList };

/** A list item outside any list (not something Lexical writes): a one-item bullet list. */
export const renderListItem: NodeRenderer = {
  kind: 'block',
  render: (node, ctx) =>
    renderList({ type: 'list', version: 1, listType: 'bullet', children: [node] }, ctx),
};

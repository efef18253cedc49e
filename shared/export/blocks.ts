/**
 * Lexical's text blocks: root, paragraph, heading and quote. Alignment, indent and
 * direction are editor presentation and are not published.
 */
import { childrenOf, stringField } from './fields';
import { flowContent, splitAroundBlocks } from './flow';
import type { NodeRenderer } from './types';

/** Stray inline nodes directly under the root are published as paragraphs. */
export const renderRoot: NodeRenderer = {
  kind: 'block',
  render: (node, ctx) => splitAroundBlocks(ctx.flow(childrenOf(node)), '<p>', 'p'),
};

export const renderParagraph: NodeRenderer = {
  kind: 'block',
  render: (node, ctx) => splitAroundBlocks(ctx.flow(childrenOf(node)), '<p>', 'p'),
};

/**
 * The page's only `<h1>` is the headline, so body headings are sections (h2) and
 * sub-sections (h3): h1/h2 → h2, h3–h6 → h3.
 */
export function headingTag(lexicalTag: string): 'h2' | 'h3' {
  return /^h[3-6]$/.test(lexicalTag) ? 'h3' : 'h2';
}

export const renderHeading: NodeRenderer = {
  kind: 'block',
  render: (node, ctx) => {
    const tag = headingTag(stringField(node, 'tag'));
    return splitAroundBlocks(ctx.flow(childrenOf(node)), `<${tag}>`, tag);
  },
};

export const renderQuote: NodeRenderer = {
  kind: 'block',
  render: (node, ctx) => {
    const content = flowContent(ctx.flow(childrenOf(node)));
    return content === '' ? '' : `<blockquote>${content}</blockquote>`;
  },
};

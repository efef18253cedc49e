/**
 * Lexical links and autolinks. Only http(s) and mailto links are published; any
 * other link (javascript:, data:, a relative path, a URL that does not parse)
 * keeps its text and loses the link. Target, rel and title are editor details.
 */
import type { SerializedNodeShape } from '../article/schema';
import { childrenOf, stringField } from './fields';
import { BODY_LINK_PROTOCOLS, safeAbsoluteUrl } from './url';
import type { InlineAtom, NodeRenderer, RenderContext } from './types';

function collectLink(
  node: SerializedNodeShape,
  ctx: RenderContext,
  href: string | null,
  out: InlineAtom[],
): void {
  // A link inside a link is invalid HTML: the outer one wins.
  const own = href ?? safeAbsoluteUrl(stringField(node, 'url'), BODY_LINK_PROTOCOLS);
  ctx.inline(childrenOf(node), own, out);
}

export const renderLink: NodeRenderer = { kind: 'inline', collect: collectLink };

/** The user may have "unlinked" a detected URL: it then stays plain text. */
export const renderAutoLink: NodeRenderer = {
  kind: 'inline',
  collect: (node, ctx, href, out) => {
    if (node.isUnlinked === true) ctx.inline(childrenOf(node), href, out);
    else collectLink(node, ctx, href, out);
  },
};

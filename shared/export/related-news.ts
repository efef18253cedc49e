/**
 * The related-news block (shared/article/blocks.ts): a box of headlines with a
 * short summary each, linked to other articles or to web pages.
 */
import {
  DEFAULT_RELATED_HEADING,
  serializedRelatedNewsSchema,
  type RelatedItem,
} from '../article/blocks';
import { attr, escapeHtml, fieldText } from './escape';
import { InvalidNodeError } from './errors';
import { safeAbsoluteUrl, safeResourceUrl, WEB_PROTOCOLS } from './url';
import type { NodeRenderer, RenderOptions } from './types';

/** Where the item's headline links to, or null when there is no link a reader could follow. */
function itemHref(item: RelatedItem, options: RenderOptions): string | null {
  if (item.link === null) return null;
  if (item.link.kind === 'url') return safeAbsoluteUrl(item.link.url, WEB_PROTOCOLS);
  const target = options.resolveArticleLink(item.link.articleId);
  // A published URL can come from user metadata, so it is checked like any other.
  return target === null ? null : safeResourceUrl(target, WEB_PROTOCOLS);
}

function renderItem(item: RelatedItem, options: RenderOptions): string {
  const headline = fieldText(item.headline);
  const summary = fieldText(item.summary);
  const href = itemHref(item, options);
  const parts: string[] = [];
  if (headline !== '') {
    parts.push(
      href === null ? escapeHtml(headline) : `<a${attr('href', href)}>${escapeHtml(headline)}</a>`,
    );
  }
  // Without a headline the summary carries the link (it was dropped before;
  // the checks flag the missing headline all the same).
  if (summary !== '') {
    const linked = headline === '' && href !== null;
    parts.push(
      `<p>${linked ? `<a${attr('href', href)}>${escapeHtml(summary)}</a>` : escapeHtml(summary)}</p>`,
    );
  }
  return parts.length === 0 ? '' : `<li>${parts.join('\n')}</li>`;
}

export const renderRelatedNews: NodeRenderer = {
  kind: 'block',
  render: (node, ctx) => {
    const parsed = serializedRelatedNewsSchema.safeParse(node);
    if (!parsed.success) throw new InvalidNodeError('related-news', parsed.error.message);
    const block = parsed.data;
    const items = block.items
      .map((item) => renderItem(item, ctx.options))
      .filter((li) => li !== '');
    // A box with nothing in it is not published.
    if (items.length === 0) return '';
    const heading = fieldText(block.heading) || DEFAULT_RELATED_HEADING;
    return [
      '<aside class="related-news">',
      `<h2>${escapeHtml(heading)}</h2>`,
      '<ul>',
      ...items,
      '</ul>',
      '</aside>',
    ].join('\n');
  },
};

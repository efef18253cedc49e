/**
 * The figure block (shared/article/blocks.ts): a photo, its caption line and the
 * credit. It is always a block of its own, never inside a `<p>`.
 */
import { serializedFigureSchema } from '../article/blocks';
import { attr, escapeHtml, fieldText } from './escape';
import { InvalidNodeError, UnsafeUrlError } from './errors';
import { safeResourceUrl, WEB_PROTOCOLS } from './url';
import type { NodeRenderer } from './types';

export const renderFigure: NodeRenderer = {
  kind: 'block',
  render: (node, ctx) => {
    const parsed = serializedFigureSchema.safeParse(node);
    if (!parsed.success) throw new InvalidNodeError('figure', parsed.error.message);
    const figure = parsed.data;

    // The source comes from the caller's resolver, not from the user: a bad one is
    // a bug to report, not something to publish or hide.
    const resolved = ctx.options.resolveAsset(figure.assetId).src;
    const src = safeResourceUrl(resolved, [...WEB_PROTOCOLS, ...(ctx.options.assetSchemes ?? [])]);
    if (src === null) throw new UnsafeUrlError(resolved);
    ctx.firstImageSrc ??= src;

    const caption = fieldText(figure.caption);
    const credit = fieldText(figure.credit);
    const captionParts = [
      ...(caption === '' ? [] : [escapeHtml(caption)]),
      ...(credit === '' ? [] : [`<span class="credit">${escapeHtml(credit)}</span>`]),
    ];
    const img =
      `<img${attr('src', src)}${attr('alt', fieldText(figure.alt))}` +
      `${attr('width', figure.width)}${attr('height', figure.height)} loading="lazy">`;
    return [
      `<figure class="figure-${figure.layout}">`,
      img,
      ...(captionParts.length === 0 ? [] : [`<figcaption>${captionParts.join(' ')}</figcaption>`]),
      '</figure>',
    ].join('\n');
  },
};

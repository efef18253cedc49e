/** Lexical's leaf nodes: text, tab and line break. */
import { cleanText } from './escape';
import { numberField, stringField } from './fields';
import { PUBLISHED_FORMATS } from './inline';
import type { NodeRenderer } from './types';

export const renderText: NodeRenderer = {
  kind: 'inline',
  collect: (node, _ctx, href, out) => {
    const text = cleanText(stringField(node, 'text'));
    // Only the formats that are published take part, so text that differs only in
    // strikethrough or code merges with its neighbours.
    const format = numberField(node, 'format', 0) & PUBLISHED_FORMATS;
    if (text !== '') out.push({ kind: 'text', text, format, href });
  },
};

/** A tab has no meaning in a published paragraph: it reads as a space. */
export const renderTab: NodeRenderer = {
  kind: 'inline',
  collect: (node, _ctx, href, out) => {
    out.push({
      kind: 'text',
      text: ' ',
      format: numberField(node, 'format', 0) & PUBLISHED_FORMATS,
      href,
    });
  },
};

export const renderLineBreak: NodeRenderer = {
  kind: 'inline',
  collect: (_node, _ctx, href, out) => {
    out.push({ kind: 'break', href });
  },
};

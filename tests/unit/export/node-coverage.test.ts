/**
 * Every node the editor can hold must have a renderer: a node type added to the
 * editor without one fails here, not silently in a reader's browser.
 */
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { LineBreakNode, ParagraphNode, RootNode, TabNode, TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { EDITOR_NODE_TYPES } from '../../../shared/export/node-types';
import { NODE_RENDERERS, SUPPORTED_NODE_TYPES } from '../../../shared/export/registry';
import { renderArticleHtml } from '../../../shared/export/render-article';
import { UnsupportedNodeError } from '../../../shared/export/errors';
import { article, OPTIONS, paragraph, text } from './builders';

describe('node renderer registry', () => {
  it.each(EDITOR_NODE_TYPES)('has a renderer for the current version of "%s"', (type) => {
    expect(NODE_RENDERERS[type]?.[1]).toBeDefined();
  });

  it('lists the standard Lexical nodes the editor uses under their real type names', () => {
    const lexicalTypes = [
      RootNode,
      ParagraphNode,
      TextNode,
      LineBreakNode,
      TabNode,
      HeadingNode,
      QuoteNode,
      ListNode,
      ListItemNode,
      LinkNode,
      AutoLinkNode,
    ].map((klass) => klass.getType());
    expect(EDITOR_NODE_TYPES).toEqual(expect.arrayContaining(lexicalTypes));
  });

  it('exports the supported types', () => {
    expect(SUPPORTED_NODE_TYPES).toEqual([...EDITOR_NODE_TYPES].sort());
  });

  it('throws UnsupportedNodeError for an unknown node type instead of dropping it', () => {
    const body = [paragraph(text('a')), { type: 'poll', version: 1, question: '?' }];
    expect(() => renderArticleHtml(article(body), { ...OPTIONS, format: 'fragment' })).toThrow(
      UnsupportedNodeError,
    );
  });

  it('throws UnsupportedNodeError for a version of a known type it does not know', () => {
    const body = [{ ...paragraph(text('a')), version: 2 }];
    expect(() => renderArticleHtml(article(body), { ...OPTIONS, format: 'fragment' })).toThrow(
      /paragraph.*version 2/,
    );
  });

  it('does not treat inherited object keys as node types', () => {
    const body = [paragraph({ type: 'constructor', version: 1 })];
    expect(() => renderArticleHtml(article(body), { ...OPTIONS, format: 'fragment' })).toThrow(
      UnsupportedNodeError,
    );
  });
});

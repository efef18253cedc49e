/**
 * The node classes the body editor knows. Adding a block type (a figure, a
 * related-news box from shared/nodes/) is one line here plus its plugin in
 * plugins.tsx.
 */
import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { RelatedNewsNode } from '../../../shared/nodes/related-news-node';
import { FigureNode } from '../../../shared/nodes/figure-node';

export const BODY_NODES: readonly Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  RelatedNewsNode,
  FigureNode,
];

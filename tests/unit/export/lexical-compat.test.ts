/**
 * The renderer reads the JSON real Lexical 0.52 writes, not just our builders'
 * idea of it: build a body in a headless editor, serialise it, render it.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode, $createAutoLinkNode, AutoLinkNode, LinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, ListItemNode, ListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTabNode,
  $createTextNode,
  $getRoot,
} from 'lexical';
import { expect, it } from 'vitest';
import type { ArticleBody } from '../../../shared/article/schema';
import { renderArticleFragment } from '../../../shared/export/render-article';
import { article, OPTIONS } from './builders';
import { expectValidHtml } from './html-validator';

function lexicalBody(): ArticleBody {
  const editor = createHeadlessEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(
    () => {
      const bold = $createTextNode('đậm').toggleFormat('bold');
      const both = $createTextNode(' và nghiêng').toggleFormat('bold').toggleFormat('italic');
      const link = $createLinkNode('https://vnexpress.example/', {
        target: '_blank',
        rel: 'noopener',
      });
      link.append($createTextNode('liên kết').toggleFormat('underline'));
      const auto = $createAutoLinkNode('javascript:alert(1)');
      auto.append($createTextNode('tự động'));
      const p = $createParagraphNode().append(
        bold,
        both,
        $createLineBreakNode(),
        $createTabNode(),
        link,
        auto,
      );

      const h = $createHeadingNode('h3').append($createTextNode('Mục nhỏ'));
      const q = $createQuoteNode().append($createTextNode('Trích dẫn'));
      const inner = $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('con')),
      );
      const outer = $createListNode('number', 2).append(
        $createListItemNode().append($createTextNode('cha')),
        $createListItemNode().append(inner),
      );
      const check = $createListNode('check').append(
        $createListItemNode(true).append($createTextNode('xong')),
      );
      $getRoot().clear().append(p, $createParagraphNode(), h, q, outer, check);
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON() as unknown as ArticleBody;
}

it('renders the JSON Lexical itself serialises', () => {
  const html = renderArticleFragment(article([], { body: lexicalBody() }), OPTIONS);
  expectValidHtml(html);
  expect(html).toBe(
    [
      '<article>',
      '<h1>Tiêu đề</h1>',
      '<p><strong>đậm<em> và nghiêng<br></em></strong> <a href="https://vnexpress.example/"><u>liên kết</u></a>tự động</p>',
      '<h3>Mục nhỏ</h3>',
      '<blockquote>Trích dẫn</blockquote>',
      '<ol start="2">',
      '<li>cha<ul>',
      '<li>con</li>',
      '</ul></li>',
      '</ol>',
      '<ul>',
      '<li>xong</li>',
      '</ul>',
      '</article>',
    ].join('\n'),
  );
});

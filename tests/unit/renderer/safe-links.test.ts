/**
 * Behind the sanitizer, the body editor itself unlinks any link whose URL is not
 * http(s) or mailto, whatever created it: Lexical's LinkNode keeps the raw URL it
 * was given (its sanitizeUrl only rewrites the rendered href).
 */
import { createHeadlessEditor } from '@lexical/headless';
import { $createAutoLinkNode, $createLinkNode, $isLinkNode } from '@lexical/link';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { BODY_NODES } from '../../../renderer/src/editor/nodes';
import { registerSafeLinks } from '../../../renderer/src/editor/paste/register-safe-links';

function editorWithLink(url: string, auto = false): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [...BODY_NODES],
    onError: (error) => {
      throw error;
    },
  });
  registerSafeLinks(editor);
  editor.update(
    () => {
      const link = auto ? $createAutoLinkNode(url) : $createLinkNode(url);
      link.append($createTextNode('Bấm vào đây'));
      $getRoot().append($createParagraphNode().append(link));
    },
    { discrete: true },
  );
  return editor;
}

function links(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() =>
    $getRoot()
      .getAllTextNodes()
      .map((node) => node.getParent())
      .filter($isLinkNode)
      .map((link) => link.getURL()),
  );
}

const text = (editor: LexicalEditor) =>
  editor.getEditorState().read(() => $getRoot().getTextContent());

describe('registerSafeLinks', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'newsdesk-asset://library/x/y.png',
    '/relative/path',
    '',
  ])('unlinks %j and keeps its text', (url) => {
    for (const auto of [false, true]) {
      const editor = editorWithLink(url, auto);
      expect(links(editor)).toEqual([]);
      expect(text(editor)).toBe('Bấm vào đây');
    }
  });

  it.each(['https://vnexpress.net/', 'http://example.vn/a?b=1', 'mailto:toa-soan@example.vn'])(
    'keeps %s',
    (url) => {
      expect(links(editorWithLink(url))).toEqual([url]);
      expect(links(editorWithLink(url, true))).toEqual([url]);
    },
  );

  it('unlinks a link whose URL is changed to an unsafe one later', () => {
    const editor = editorWithLink('https://vnexpress.net/');
    editor.update(
      () => {
        const link = $getRoot().getAllTextNodes()[0]?.getParent();
        if ($isLinkNode(link)) link.setURL('javascript:alert(1)');
      },
      { discrete: true },
    );
    expect(links(editor)).toEqual([]);
  });
});

/**
 * The related-news node in headless Lexical: its JSON survives a round trip
 * through a real editor, bad JSON is refused with a clear error, the setters
 * are undoable edits, and the block stays out of the body's word count.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { withDOM } from '@lexical/headless/dom';
import { $generateHtmlFromNodes } from '@lexical/html';
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import type { ArticleBody } from '../../../shared/article/schema';
import {
  $createRelatedNewsNode,
  $isRelatedNewsNode,
  InvalidRelatedNewsError,
  RelatedNewsNode,
} from '../../../shared/nodes/related-news-node';
import { renderArticleFragment } from '../../../shared/export/render-article';
import { createLibraryLinkResolver } from '../../../shared/related/link';
import { bodyTextForCounting } from '../../../shared/text/body-text';
import { countWords } from '../../../shared/text/count';
import { article, paragraph, text } from '../export/builders';

const BLOCK = {
  type: 'related-news',
  version: 1,
  heading: 'Tin mới',
  items: [
    {
      key: 'a1',
      headline: 'Bắc Giang mở rộng vùng trồng vải thiều',
      summary: 'Tỉnh đặt mục tiêu 30.000 ha vào năm 2030.',
      link: { kind: 'article', articleId: 'bac-giang-0001' },
    },
    {
      key: 'b2',
      headline: 'Giá vàng hôm nay',
      summary: 'Vàng miếng tăng nhẹ.',
      link: { kind: 'url', url: 'https://vnexpress.example/gia-vang' },
    },
    { key: 'c3', headline: 'Chưa có liên kết', summary: '', link: null },
  ],
};

function bodyWith(...children: unknown[]): string {
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children,
    },
  });
}

function newEditor(): LexicalEditor {
  return createHeadlessEditor({
    nodes: [RelatedNewsNode],
    onError: (error) => {
      throw error;
    },
  });
}

function blockJson(editor: LexicalEditor): unknown {
  return editor
    .getEditorState()
    .toJSON()
    .root.children.find((n) => n.type === 'related-news');
}

describe('RelatedNewsNode JSON', () => {
  it('round-trips through a headless editor unchanged', () => {
    const editor = newEditor();
    editor.setEditorState(editor.parseEditorState(bodyWith(BLOCK)));
    expect(blockJson(editor)).toEqual(BLOCK);
    // And a second trip gives the same JSON again.
    const again = newEditor();
    again.setEditorState(again.parseEditorState(JSON.stringify(editor.getEditorState().toJSON())));
    expect(blockJson(again)).toEqual(BLOCK);
  });

  it('writes what the setters did, in order, and the export renders it', () => {
    const editor = newEditor();
    editor.update(
      () => {
        const node = $createRelatedNewsNode();
        $getRoot().append(node);
        node.setHeading('Tin mới');
        node.updateItem('none', { headline: 'ignored' });
        node.addItem({ key: 'x', headline: 'Một', summary: 'Tóm tắt một.', link: null });
        node.addItem({
          key: 'y',
          headline: 'Hai',
          summary: '',
          link: { kind: 'url', url: 'https://a.example/2' },
        });
        node.addItem({ key: 'z', headline: 'Ba', summary: '', link: null });
        node.moveItem('z', 0);
        node.updateItem('x', { link: { kind: 'article', articleId: 'bac-giang-0001' } });
        node.removeItem('y');
      },
      { discrete: true },
    );
    const json = blockJson(editor) as typeof BLOCK;
    expect(json.heading).toBe('Tin mới');
    expect(json.items.map((item) => item.key)).toEqual(['z', 'x']);
    expect(json.items[1]!.link).toEqual({ kind: 'article', articleId: 'bac-giang-0001' });

    const body = editor.getEditorState().toJSON() as unknown as ArticleBody;
    const html = renderArticleFragment(article(body.root.children), {
      resolveAsset: (id) => ({ src: id }),
      resolveArticleLink: createLibraryLinkResolver([
        { id: 'bac-giang-0001', headline: 'Bắc Giang', slug: 'bac-giang' },
      ]),
    });
    expect(html).toContain('<aside class="related-news">\n<h2>Tin mới</h2>');
    expect(html).toContain('<li>Ba</li>');
    expect(html).toContain('<a href="../bac-giang/index.html">Một</a>');
  });

  it.each([
    ['a missing items list', { ...BLOCK, items: undefined }, /items/],
    [
      'an item without a key',
      { ...BLOCK, items: [{ ...BLOCK.items[0], key: '' }] },
      /items\.0\.key/,
    ],
    [
      'a javascript: link kind',
      { ...BLOCK, items: [{ ...BLOCK.items[0], link: { kind: 'script', url: 'javascript:x' } }] },
      /items\.0\.link/,
    ],
    [
      'a malformed article id',
      { ...BLOCK, items: [{ ...BLOCK.items[0], link: { kind: 'article', articleId: '../x' } }] },
      /articleId/,
    ],
    ['a heading that is not text', { ...BLOCK, heading: 42 }, /heading/],
    ['a newer version', { ...BLOCK, version: 2 }, /version/],
    ['two items with one key', { ...BLOCK, items: [BLOCK.items[0], BLOCK.items[0]] }, /same key/],
  ])('refuses %s with a clear error', (_name, bad, detail) => {
    const editor = newEditor();
    let error: unknown;
    try {
      editor.parseEditorState(bodyWith(bad));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidRelatedNewsError);
    expect((error as Error).message).toMatch(/^Invalid related-news block: /);
    expect((error as Error).message).toMatch(detail);
  });
});

describe('RelatedNewsNode clipboard HTML', () => {
  it('leaves out what the export leaves out: empty boxes, blank fields', () => {
    const editor = newEditor();
    const box = (heading: string, items: unknown[]) => ({
      type: 'related-news',
      version: 1,
      heading,
      items,
    });
    editor.setEditorState(
      editor.parseEditorState(
        bodyWith(
          // "Insert related news" as left untouched: one empty item.
          box('Tin liên quan', [{ key: 'a', headline: '', summary: '', link: null }]),
          box('  ', [
            {
              key: 'b',
              headline: '   ',
              summary: '',
              link: { kind: 'url', url: 'https://a.vn/x' },
            },
            {
              key: 'c',
              headline: '',
              summary: 'Tóm tắt',
              link: { kind: 'url', url: 'https://a.vn/y' },
            },
          ]),
        ),
      ),
    );
    const html = withDOM(() =>
      editor.getEditorState().read(() => $generateHtmlFromNodes(editor, null)),
    );
    expect(html).toBe(
      '<aside class="related-news"><h2>Tin liên quan</h2><ul><li><p><a href="https://a.vn/y">Tóm tắt</a></p></li></ul></aside>',
    );
  });
});

describe('RelatedNewsNode edits', () => {
  it('undoes an item removal through the history', async () => {
    const editor = newEditor();
    registerHistory(editor, createEmptyHistoryState(), 0);
    editor.setEditorState(editor.parseEditorState(bodyWith(BLOCK)));
    editor.update(
      () => {
        const node = $getRoot().getChildren().find($isRelatedNewsNode)!;
        node.removeItem('b2');
      },
      { discrete: true },
    );
    expect((blockJson(editor) as typeof BLOCK).items).toHaveLength(2);
    // Undo commits asynchronously: wait for the update it causes.
    await new Promise<void>((resolve) => {
      const stop = editor.registerUpdateListener(() => {
        stop();
        resolve();
      });
      editor.dispatchCommand(UNDO_COMMAND, undefined);
    });
    expect(blockJson(editor)).toEqual(BLOCK);
  });

  it('gives the previous state its own item list (setters never mutate in place)', () => {
    const editor = newEditor();
    editor.setEditorState(editor.parseEditorState(bodyWith(BLOCK)));
    const before = editor.getEditorState();
    editor.update(
      () => {
        $getRoot().getChildren().find($isRelatedNewsNode)!.updateItem('a1', { headline: 'Khác' });
      },
      { discrete: true },
    );
    const old = before.read(() => $getRoot().getChildren().find($isRelatedNewsNode)!.getItems());
    expect(old[0]!.headline).toBe(BLOCK.items[0]!.headline);
  });
});

describe('word count', () => {
  const saved = {
    root: {
      type: 'root',
      version: 1,
      children: [paragraph(text('Hà Nội đón rét')), BLOCK, paragraph(text('Người dân co ro'))],
    },
  } as unknown as ArticleBody;

  it('leaves related-news boxes out of the saved body text', () => {
    const textOnly = bodyTextForCounting(saved);
    expect(textOnly).not.toContain('Bắc Giang');
    expect(countWords(textOnly)).toBe(8);
  });

  it("leaves them out of the live editor's text too (their text content is empty)", () => {
    const editor = newEditor();
    editor.update(
      () => {
        $getRoot().append(
          $createParagraphNode().append($createTextNode('Hà Nội đón rét')),
          $createRelatedNewsNode('Tin mới', BLOCK.items as never),
        );
      },
      { discrete: true },
    );
    expect(countWords(editor.getEditorState().read(() => $getRoot().getTextContent()))).toBe(4);
  });
});

/**
 * FigureNode in real headless Lexical: it serialises to exactly the shape the
 * article schema and the export read, loads back unchanged (also after a parse
 * of the whole editor state, the path a saved article takes), and refuses data
 * that is not a figure with a clear error instead of loading a broken block.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { withDOM } from '@lexical/headless/dom';
import { $generateHtmlFromNodes } from '@lexical/html';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $parseSerializedNode,
  type LexicalEditor,
  type SerializedLexicalNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { serializedFigureSchema, type SerializedFigure } from '../../../shared/article/blocks';
import {
  $createFigureNode,
  $isFigureNode,
  FigureNode,
  type FigureData,
} from '../../../shared/nodes/figure-node';
import { renderFigure } from '../../../shared/export/figure';
import type { NodeRenderer } from '../../../shared/export/types';

const ASSET = `${'c0ffee'.repeat(10)}abcd.jpg`;
const DATA: FigureData = {
  assetId: ASSET,
  width: 1600,
  height: 1067,
  layout: 'wide',
  caption: 'Người dân dạo bộ quanh hồ Gươm tối 28 tháng Chạp.',
  credit: 'Ảnh: Lê Minh',
  alt: 'Đám đông đi bộ bên hồ Gươm dưới ánh đèn lồng',
};

function editor(): LexicalEditor {
  return createHeadlessEditor({
    nodes: [FigureNode],
    onError: (error) => {
      throw error;
    },
  });
}

function bodyWithFigure(): {
  editor: LexicalEditor;
  json: ReturnType<LexicalEditor['getEditorState']>['toJSON'];
} {
  const e = editor();
  e.update(
    () => {
      $getRoot().append(
        $createParagraphNode().append($createTextNode('Trước ảnh.')),
        $createFigureNode(DATA),
        $createParagraphNode().append($createTextNode('Sau ảnh.')),
      );
    },
    { discrete: true },
  );
  return { editor: e, json: () => e.getEditorState().toJSON() };
}

describe('FigureNode', () => {
  it('serialises to the figure schema, every field included', () => {
    const { json } = bodyWithFigure();
    const figure = json().root.children[1] as unknown as SerializedFigure;
    expect(serializedFigureSchema.parse(figure)).toEqual(figure);
    expect(figure).toMatchObject({ type: 'figure', version: 1, ...DATA });
  });

  it('round-trips through a saved editor state unchanged, between paragraphs', () => {
    const { json } = bodyWithFigure();
    const saved = JSON.stringify(json());
    const reloaded = editor();
    reloaded.setEditorState(reloaded.parseEditorState(saved));
    expect(JSON.stringify(reloaded.getEditorState().toJSON())).toBe(saved);
    reloaded.getEditorState().read(() => {
      const children = $getRoot().getChildren();
      expect(children.map((child) => child.getType())).toEqual([
        'paragraph',
        'figure',
        'paragraph',
      ]);
      const figure = children[1];
      expect($isFigureNode(figure)).toBe(true);
      if ($isFigureNode(figure)) expect(figure.getData()).toEqual(DATA);
    });
  });

  it('is a block: never inline, and the export renders what it writes', () => {
    const { editor: e, json } = bodyWithFigure();
    e.getEditorState().read(() => {
      const figure = $getRoot().getChildAtIndex(1);
      expect(figure?.isInline()).toBe(false);
    });
    const html = (renderFigure as Extract<NodeRenderer, { kind: 'block' }>).render(
      json().root.children[1] as never,
      {
        options: { resolveAsset: (id: string) => ({ src: `images/${id}` }) },
      } as never,
    );
    expect(html).toContain('<figure class="figure-wide">');
    expect(html).toContain('Người dân dạo bộ');
  });

  it('records setter changes through getWritable, so the new values are what is saved', () => {
    const { editor: e, json } = bodyWithFigure();
    e.update(
      () => {
        const figure = $getRoot().getChildAtIndex(1);
        if (!$isFigureNode(figure)) throw new Error('no figure');
        figure
          .setCaption('Chú thích mới')
          .setCredit('Ảnh: TTXVN')
          .setAlt('Mô tả')
          .setLayout('full');
        figure.setImage({ assetId: `${'ab'.repeat(32)}.png`, width: 10, height: 20 });
      },
      { discrete: true },
    );
    expect(json().root.children[1]).toMatchObject({
      caption: 'Chú thích mới',
      credit: 'Ảnh: TTXVN',
      alt: 'Mô tả',
      layout: 'full',
      assetId: `${'ab'.repeat(32)}.png`,
      width: 10,
      height: 20,
    });
  });

  it('keeps unknown future fields out (the saved schema stays what blocks.ts says)', () => {
    const e = editor();
    e.update(
      () => {
        $getRoot().append(
          $parseSerializedNode({
            type: 'figure',
            version: 1,
            ...DATA,
            sourceArticleId: 'somewhere',
          } as unknown as SerializedLexicalNode),
        );
      },
      { discrete: true },
    );
    expect(e.getEditorState().toJSON().root.children[0]).not.toHaveProperty('sourceArticleId');
  });

  it.each([
    ['a path as asset id', { assetId: '../../etc/passwd' }, /assetId/],
    ['an unknown layout', { layout: 'float-left' }, /layout/],
    ['a missing caption', { caption: undefined }, /caption/],
    ['a zero width', { width: 0 }, /width/],
    ['a text height', { height: '1067' }, /height/],
  ])('refuses %s with a clear error', (_name, patch, message) => {
    const e = editor();
    expect(() =>
      e.update(
        () => {
          $getRoot().append(
            $parseSerializedNode({
              type: 'figure',
              version: 1,
              ...DATA,
              ...patch,
            } as unknown as SerializedLexicalNode),
          );
        },
        { discrete: true },
      ),
    ).toThrow(message);
  });

  it('refuses a saved editor state holding a bad figure', () => {
    const bad = {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [{ type: 'figure', version: 1, ...DATA, layout: 'huge' }],
      },
    };
    expect(() => editor().parseEditorState(JSON.stringify(bad))).toThrow(
      /Invalid figure block: layout/,
    );
  });

  it('exports clean clipboard HTML: a figure with its img, alt and caption, no theme or styles', () => {
    const { editor: e } = bodyWithFigure();
    const html = withDOM(() => e.getEditorState().read(() => $generateHtmlFromNodes(e, null)));
    expect(html).toContain(
      `<figure><img src="${ASSET}" alt="${DATA.alt}" width="1600" height="1067"><figcaption>${DATA.caption} <span class="credit">${DATA.credit}</span></figcaption></figure>`,
    );
    expect(html).not.toMatch(/<p>\s*<figure/);
  });
});

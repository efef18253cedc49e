/**
 * Minimal Lexical DecoratorNodes for figures and related-news boxes, only for
 * the export baseline: Newsdesk's real editor nodes do not exist yet, and
 * `$generateHtmlFromNodes` needs registered classes with `exportDOM` to publish
 * the same articles. They export the same elements as shared/export.
 */
import {
  DecoratorNode,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import type { SerializedFigure, SerializedRelatedNews } from '../../shared/article/blocks';

interface FigureData {
  assetId: string;
  width: number;
  height: number;
  layout: SerializedFigure['layout'];
  caption: string;
  credit: string;
  alt: string;
}
interface RelatedData {
  heading: string;
  items: SerializedRelatedNews['items'];
}

export class BaselineFigureNode extends DecoratorNode<null> {
  __data: FigureData;

  static override getType(): string {
    return 'figure';
  }
  static override clone(node: BaselineFigureNode): BaselineFigureNode {
    return new BaselineFigureNode(node.__data, node.__key);
  }
  static override importJSON(json: SerializedLexicalNode): BaselineFigureNode {
    const f = json as unknown as SerializedFigure;
    return new BaselineFigureNode({
      assetId: f.assetId,
      width: f.width,
      height: f.height,
      layout: f.layout,
      caption: f.caption,
      credit: f.credit,
      alt: f.alt,
    });
  }
  constructor(data: FigureData, key?: NodeKey) {
    super(key);
    this.__data = data;
  }
  override exportJSON(): SerializedLexicalNode {
    return { ...this.__data, type: 'figure', version: 1 } as SerializedLexicalNode;
  }
  override createDOM(): HTMLElement {
    return document.createElement('div');
  }
  override updateDOM(): false {
    return false;
  }
  override decorate(): null {
    return null;
  }
  override isInline(): false {
    return false;
  }
  override exportDOM(): DOMExportOutput {
    const d = this.__data;
    const figure = document.createElement('figure');
    figure.className = `figure-${d.layout}`;
    const img = document.createElement('img');
    img.setAttribute('src', `images/${d.assetId}`);
    img.setAttribute('alt', d.alt);
    img.setAttribute('width', String(d.width));
    img.setAttribute('height', String(d.height));
    const caption = document.createElement('figcaption');
    caption.append(d.caption, ' ');
    const credit = document.createElement('span');
    credit.className = 'credit';
    credit.textContent = d.credit;
    caption.append(credit);
    figure.append(img, caption);
    return { element: figure };
  }
}

export class BaselineRelatedNode extends DecoratorNode<null> {
  __data: RelatedData;

  static override getType(): string {
    return 'related-news';
  }
  static override clone(node: BaselineRelatedNode): BaselineRelatedNode {
    return new BaselineRelatedNode(node.__data, node.__key);
  }
  static override importJSON(json: SerializedLexicalNode): BaselineRelatedNode {
    const r = json as unknown as SerializedRelatedNews;
    return new BaselineRelatedNode({ heading: r.heading, items: r.items });
  }
  constructor(data: RelatedData, key?: NodeKey) {
    super(key);
    this.__data = data;
  }
  override exportJSON(): SerializedLexicalNode {
    return { ...this.__data, type: 'related-news', version: 1 } as SerializedLexicalNode;
  }
  override createDOM(): HTMLElement {
    return document.createElement('div');
  }
  override updateDOM(): false {
    return false;
  }
  override decorate(): null {
    return null;
  }
  override exportDOM(): DOMExportOutput {
    const aside = document.createElement('aside');
    aside.className = 'related-news';
    const h2 = document.createElement('h2');
    h2.textContent = this.__data.heading;
    const ul = document.createElement('ul');
    for (const item of this.__data.items) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      if (item.link?.kind === 'url') a.setAttribute('href', item.link.url);
      a.textContent = item.headline;
      const p = document.createElement('p');
      p.textContent = item.summary;
      li.append(a, p);
      ul.append(li);
    }
    aside.append(h2, ul);
    return { element: aside };
  }
}

export const BASELINE_BLOCK_NODES = [BaselineFigureNode, BaselineRelatedNode];
export type { LexicalNode };

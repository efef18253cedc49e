/**
 * The figure block: a stored photo with its caption line, credit and alt text
 * (JSON shape: `serializedFigureSchema` in shared/article/blocks.ts).
 *
 * Caption design. Caption, credit and alt are plain strings stored on this node,
 * not nested editors or named slots (after Ghost's Koenig, whose captions are
 * strings with an editor attached only in the UI). Nested Lexical editors in
 * decorators have long-open bugs exactly where a newsroom needs them: undo/redo
 * inside the caption (#4401, #4990), arrow keys trapped (#5306), images inserted
 * inside another image's caption (#6109), weak collaboration (#5262). A caption is
 * one line of plain text anyway, and export escapes it. The view edits the
 * strings through ordinary `<input>`/`<textarea>` elements and applies each
 * change with `editor.update(() => node.setCaption(…))`, so the body's one
 * history records caption typing and figure deletions alike.
 *
 * No React here: `decorate()` asks the registry in decorator-views.ts for the
 * view the renderer registered; headless (export, CLI, tests) there is none.
 */
import {
  $applyNodeReplacement,
  $getDocument,
  DecoratorNode,
  type DOMExportOutput,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import {
  FIGURE_LAYOUTS,
  serializedFigureSchema,
  type FigureLayout,
  type SerializedFigure,
} from '../article/blocks';
import { renderDecoratorView } from './decorator-views';

export const FIGURE_NODE_TYPE = 'figure';

/** What a figure is made of, without Lexical's bookkeeping. */
export interface FigureData {
  assetId: string;
  width: number;
  height: number;
  layout: FigureLayout;
  caption: string;
  credit: string;
  alt: string;
}

/** Thrown by `importJSON` for data that is not a valid figure; names the first problem. */
export class InvalidFigureError extends Error {
  constructor(detail: string) {
    super(`Invalid figure block: ${detail}`);
    this.name = 'InvalidFigureError';
  }
}

export function isFigureLayout(value: unknown): value is FigureLayout {
  return (FIGURE_LAYOUTS as readonly unknown[]).includes(value);
}

export class FigureNode extends DecoratorNode<unknown> {
  __assetId: string;
  __width: number;
  __height: number;
  __layout: FigureLayout;
  __caption: string;
  __credit: string;
  __alt: string;

  static override getType(): string {
    return FIGURE_NODE_TYPE;
  }

  static override clone(node: FigureNode): FigureNode {
    return new FigureNode(node.getData(), node.__key);
  }

  /**
   * Saved articles and Lexical's clipboard both arrive here. The schema is the
   * same one the export checks, so nothing the export would refuse gets into the
   * editor; a bad figure fails loudly instead of becoming a broken block.
   */
  static override importJSON(serialized: unknown): FigureNode {
    const parsed = serializedFigureSchema.safeParse(serialized);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'figure';
      throw new InvalidFigureError(`${where}: ${issue?.message ?? 'malformed'}`);
    }
    const { assetId, width, height, layout, caption, credit, alt } = parsed.data;
    return $createFigureNode({ assetId, width, height, layout, caption, credit, alt });
  }

  constructor(data: FigureData, key?: NodeKey) {
    super(key);
    this.__assetId = data.assetId;
    this.__width = data.width;
    this.__height = data.height;
    this.__layout = data.layout;
    this.__caption = data.caption;
    this.__credit = data.credit;
    this.__alt = data.alt;
  }

  // One signature for both of Lexical's overloads: the full form is always
  // written (with `version: 1`), which the compact reader accepts too.
  override exportJSON(_compact?: boolean): SerializedFigure {
    const data = this.getLatest().getData();
    return { ...super.exportJSON(), type: FIGURE_NODE_TYPE, version: 1, ...data };
  }

  /**
   * The photo's shape and layout are on the element for the editor's
   * stylesheet, which reserves the figure's height from them while it is off
   * screen or its view is not made yet (renderer/src/styles/figure.css).
   */
  override createDOM(): HTMLElement {
    const element = $getDocument().createElement('div');
    element.className = 'figure-block';
    this.describeShape(element);
    return element;
  }

  override updateDOM(previous: FigureNode, element: HTMLElement): boolean {
    // The view renders everything inside; the host element keeps only its shape.
    if (
      previous.__width !== this.__width ||
      previous.__height !== this.__height ||
      previous.__layout !== this.__layout
    )
      this.describeShape(element);
    return false;
  }

  /** Width and height are positive (the schema's figure data). */
  private describeShape(element: HTMLElement): void {
    element.style.setProperty('--figure-ratio', String(this.__height / this.__width));
    element.dataset.layout = this.__layout;
  }

  /**
   * Clipboard HTML for other applications: a clean figure with its image and
   * caption. The `src` is the asset id, not a URL: display URLs belong to the
   * current host, and Lexical's own clipboard (JSON) is what Newsdesk pastes.
   */
  override exportDOM(): DOMExportOutput {
    const document = $getDocument();
    const { assetId, width, height, caption, credit, alt } = this.getData();
    const figure = document.createElement('figure');
    const img = document.createElement('img');
    img.setAttribute('src', assetId);
    img.setAttribute('alt', alt);
    img.setAttribute('width', String(width));
    img.setAttribute('height', String(height));
    figure.append(img);
    if (caption !== '' || credit !== '') {
      const figcaption = document.createElement('figcaption');
      figcaption.append(caption);
      if (credit !== '') {
        const span = document.createElement('span');
        span.className = 'credit';
        span.textContent = credit;
        figcaption.append(caption === '' ? '' : ' ', span);
      }
      figure.append(figcaption);
    }
    return { element: figure };
  }

  override isInline(): false {
    return false;
  }

  override isKeyboardSelectable(): boolean {
    return true;
  }

  /** Lexical's plain-text view of the block (search, text clipboard): the caption line. */
  override getTextContent(): string {
    const { caption, credit } = this.getData();
    return `${[caption, credit].filter((part) => part !== '').join(' ')}\n`;
  }

  override decorate(editor: LexicalEditor): unknown {
    return renderDecoratorView(FIGURE_NODE_TYPE, { nodeKey: this.getKey(), editor });
  }

  getData(): FigureData {
    const self = this.getLatest();
    return {
      assetId: self.__assetId,
      width: self.__width,
      height: self.__height,
      layout: self.__layout,
      caption: self.__caption,
      credit: self.__credit,
      alt: self.__alt,
    };
  }

  getAssetId(): string {
    return this.getLatest().__assetId;
  }

  getLayout(): FigureLayout {
    return this.getLatest().__layout;
  }

  getCaption(): string {
    return this.getLatest().__caption;
  }

  getCredit(): string {
    return this.getLatest().__credit;
  }

  getAlt(): string {
    return this.getLatest().__alt;
  }

  setLayout(layout: FigureLayout): this {
    if (!isFigureLayout(layout)) throw new InvalidFigureError(`layout: ${String(layout)}`);
    const writable = this.getWritable();
    writable.__layout = layout;
    return writable;
  }

  setCaption(caption: string): this {
    const writable = this.getWritable();
    writable.__caption = caption;
    return writable;
  }

  setCredit(credit: string): this {
    const writable = this.getWritable();
    writable.__credit = credit;
    return writable;
  }

  setAlt(alt: string): this {
    const writable = this.getWritable();
    writable.__alt = alt;
    return writable;
  }

  /** Another image for the same figure (Replace image): the words stay. */
  setImage(image: { assetId: string; width: number; height: number }): this {
    const writable = this.getWritable();
    writable.__assetId = image.assetId;
    writable.__width = image.width;
    writable.__height = image.height;
    return writable;
  }
}

export function $createFigureNode(data: FigureData): FigureNode {
  return $applyNodeReplacement(new FigureNode(data));
}

export function $isFigureNode(node: LexicalNode | null | undefined): node is FigureNode {
  return node instanceof FigureNode;
}

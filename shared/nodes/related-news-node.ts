/**
 * The related-news block ("Tin liên quan", "Tin mới"): a heading and a list of
 * items (headline, summary, link). Defined here, without React, so headless
 * Lexical, the export and the CLI can load it; the renderer gives it a view
 * through shared/nodes/decorator-views.ts.
 *
 * The block's data is plain values on the node, replaced (never mutated) by the
 * setters through getWritable(): each edit is then one Lexical update, so the
 * history plugin can undo it and the previous state keeps its own copy.
 */
import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMExportOutput,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import {
  DEFAULT_RELATED_HEADING,
  serializedRelatedNewsSchema,
  type RelatedItem,
  type SerializedRelatedNews,
} from '../article/blocks';
import { fieldText } from '../export/escape';
import { safeAbsoluteUrl, WEB_PROTOCOLS } from '../export/url';
import { renderDecoratorView } from './decorator-views';
import {
  emptyRelatedItem,
  moveItem,
  patchItem,
  removeItem,
  type RelatedItemPatch,
} from '../related/items';

export const RELATED_NEWS_TYPE = 'related-news';

/** Thrown by importJSON for a block that does not match the stored shape. */
export class InvalidRelatedNewsError extends Error {
  constructor(detail: string) {
    super(`Invalid related-news block: ${detail}`);
    this.name = 'InvalidRelatedNewsError';
  }
}

/** CSS custom property with the box's item count (createDOM). */
const ITEM_COUNT_PROPERTY = '--related-items';

export class RelatedNewsNode extends DecoratorNode<unknown> {
  __heading: string;
  __items: readonly RelatedItem[];

  static override getType(): string {
    return RELATED_NEWS_TYPE;
  }

  static override clone(node: RelatedNewsNode): RelatedNewsNode {
    return new RelatedNewsNode(node.__heading, node.__items, node.__key);
  }

  /** Validates with the one schema the export also uses; bad data is refused, never guessed at. */
  static override importJSON(serialized: unknown): RelatedNewsNode {
    const parsed = serializedRelatedNewsSchema.safeParse(serialized);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      throw new InvalidRelatedNewsError(`${where}${issue?.message ?? parsed.error.message}`);
    }
    const keys = new Set(parsed.data.items.map((item) => item.key));
    if (keys.size !== parsed.data.items.length) {
      throw new InvalidRelatedNewsError('two items share the same key');
    }
    return $createRelatedNewsNode(parsed.data.heading, parsed.data.items);
  }

  constructor(
    heading: string = DEFAULT_RELATED_HEADING,
    items: readonly RelatedItem[] = [],
    key?: NodeKey,
  ) {
    super(key);
    this.__heading = heading;
    this.__items = items;
  }

  override exportJSON(): SerializedRelatedNews {
    const self = this.getLatest();
    return {
      ...super.exportJSON(),
      type: RELATED_NEWS_TYPE,
      version: 1,
      heading: self.__heading,
      // Copies: the saved JSON must not alias the node's state.
      items: self.__items.map((item) => ({
        key: item.key,
        headline: item.headline,
        summary: item.summary,
        link: item.link === null ? null : { ...item.link },
      })),
    } as SerializedRelatedNews;
  }

  /**
   * The item count is on the element for the editor's stylesheet, which
   * reserves the box's height from it while the box is off screen or its view
   * is not made yet (renderer/src/styles/related-news.css).
   */
  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'related-news-block';
    element.style.setProperty(ITEM_COUNT_PROPERTY, String(this.__items.length));
    return element;
  }

  override updateDOM(previous: RelatedNewsNode, element: HTMLElement): false {
    if (previous.__items.length !== this.__items.length)
      element.style.setProperty(ITEM_COUNT_PROPERTY, String(this.__items.length));
    return false;
  }

  override isInline(): false {
    return false;
  }

  /**
   * Clipboard HTML for other applications: the publication shape
   * (DESIGN.md, "Exported HTML"). Library links have no URL outside an export,
   * so their headline is written unlinked.
   */
  override exportDOM(): DOMExportOutput {
    // The same rules as the export (shared/export/related-news.ts): fields blank
    // as published are left out, an item with nothing left is dropped, and a
    // box with no item is not written. Copied raw, a box just inserted pasted
    // into the CMS as an empty "Tin liên quan", and a blank headline as an empty link.
    const list = document.createElement('ul');
    for (const item of this.getItems()) {
      const headline = fieldText(item.headline);
      const summary = fieldText(item.summary);
      const href = item.link?.kind === 'url' ? safeAbsoluteUrl(item.link.url, WEB_PROTOCOLS) : null;
      const li = document.createElement('li');
      if (headline !== '') li.append(linked(headline, href));
      if (summary !== '') {
        const paragraph = document.createElement('p');
        // Without a headline the summary carries the link, as in the export.
        paragraph.append(headline === '' ? linked(summary, href) : summary);
        li.append(paragraph);
      }
      if (li.childNodes.length > 0) list.append(li);
    }
    if (list.childNodes.length === 0) return { element: null };
    const aside = document.createElement('aside');
    aside.className = 'related-news';
    const heading = document.createElement('h2');
    heading.textContent = fieldText(this.getHeading()) || DEFAULT_RELATED_HEADING;
    aside.append(heading, list);
    return { element: aside };
  }

  /** Nothing: the box is not body text, so it stays out of word counts and plain-text copies. */
  override getTextContent(): string {
    return '';
  }

  getHeading(): string {
    return this.getLatest().__heading;
  }

  getItems(): readonly RelatedItem[] {
    return this.getLatest().__items;
  }

  setHeading(heading: string): this {
    const writable = this.getWritable();
    writable.__heading = heading;
    return writable;
  }

  /** Appends `item` (a new empty one by default), or inserts it at `index`. */
  addItem(item: RelatedItem = emptyRelatedItem(), index?: number): this {
    const writable = this.getWritable();
    const items = [...writable.__items];
    items.splice(index ?? items.length, 0, item);
    writable.__items = items;
    return writable;
  }

  updateItem(key: string, patch: RelatedItemPatch): this {
    const writable = this.getWritable();
    writable.__items = patchItem(writable.__items, key, patch);
    return writable;
  }

  moveItem(key: string, toIndex: number): this {
    const writable = this.getWritable();
    writable.__items = moveItem(writable.__items, key, toIndex);
    return writable;
  }

  removeItem(key: string): this {
    const writable = this.getWritable();
    writable.__items = removeItem(writable.__items, key);
    return writable;
  }

  override decorate(editor: LexicalEditor): unknown {
    return renderDecoratorView(RELATED_NEWS_TYPE, { nodeKey: this.getKey(), editor });
  }
}

/** `text`, inside a link to `href` when there is one. */
function linked(text: string, href: string | null): Node | string {
  if (href === null) return text;
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

export function $createRelatedNewsNode(
  heading: string = DEFAULT_RELATED_HEADING,
  items: readonly RelatedItem[] = [],
): RelatedNewsNode {
  return $applyNodeReplacement(new RelatedNewsNode(heading, items));
}

export function $isRelatedNewsNode(node: LexicalNode | null | undefined): node is RelatedNewsNode {
  return node instanceof RelatedNewsNode;
}

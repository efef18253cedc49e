/**
 * The shapes the node renderers share. Renderers receive the context instead of
 * importing the registry, so adding a node type never creates an import cycle.
 */
import type { SerializedNodeShape } from '../article/schema';

export interface RenderOptions {
  /** `page`: a whole HTML document; `fragment`: the `<article>` element alone. */
  format: 'page' | 'fragment';
  /** Where a figure's image is found from the exported HTML (a relative path, or a URL). */
  resolveAsset: (assetId: string) => { src: string };
  /** Where another article is published, or null when it is not (the headline is then not linked). */
  resolveArticleLink: (articleId: string) => string | null;
  /**
   * URL schemes allowed for image sources besides http(s) and relative paths, e.g.
   * the preview's own asset protocol. Anything else makes the export throw.
   */
  assetSchemes?: readonly string[];
}

/**
 * Inline content flattened to a sequence: formats and the enclosing link travel
 * with each atom, so adjacent text can be merged and tags nested in one fixed order.
 */
export type InlineAtom =
  | { kind: 'text'; text: string; format: number; href: string | null }
  | { kind: 'break'; href: string | null }
  /** A block met inside inline content: it ends the current paragraph instead of nesting in it. */
  | { kind: 'block'; html: string };

/** Children of a block: maximal runs of inline atoms, and blocks between them. */
export type FlowPart = { kind: 'run'; atoms: InlineAtom[] } | { kind: 'block'; html: string };

export interface RenderContext {
  readonly options: RenderOptions;
  /** Renders `children` as they appear in a block. */
  flow(children: readonly SerializedNodeShape[]): FlowPart[];
  /** Collects inline `children` into `out`, inside the link `href` when not null. */
  inline(children: readonly SerializedNodeShape[], href: string | null, out: InlineAtom[]): void;
  /** The first figure's image, for the page's `og:image`. */
  firstImageSrc: string | null;
}

export type NodeRenderer =
  | {
      kind: 'block';
      /** The element(s) for the node, or '' when the node renders to nothing (an empty paragraph). */
      render(node: SerializedNodeShape, ctx: RenderContext): string;
    }
  | {
      kind: 'inline';
      collect(
        node: SerializedNodeShape,
        ctx: RenderContext,
        href: string | null,
        out: InlineAtom[],
      ): void;
    };

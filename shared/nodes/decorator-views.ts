/**
 * Newsdesk's block nodes (figure, related news) are defined in shared/ so the
 * export, the CLI and headless Lexical can use them without a browser or React
 * (after Ghost's Koenig: the node has no UI; the editor adds it). A node's
 * `decorate()` asks this registry for its view, which the renderer registers at
 * start-up; elsewhere there is none and `decorate()` returns null.
 */
import type { LexicalEditor, NodeKey } from 'lexical';

export interface DecoratorViewProps {
  nodeKey: NodeKey;
  editor: LexicalEditor;
}

type DecoratorView = (props: DecoratorViewProps) => unknown;

const views = new Map<string, DecoratorView>();

export function registerDecoratorView(type: string, view: DecoratorView): void {
  views.set(type, view);
}

export function renderDecoratorView(type: string, props: DecoratorViewProps): unknown {
  return views.get(type)?.(props) ?? null;
}

/** The export renderer's public surface: the preview, the Export command and the CLI import from here. */
export { renderArticleFragment, renderArticleHtml, UNTITLED_HEADLINE } from './render-article';
export type { RenderOptions } from './types';
export { InvalidNodeError, UnsafeUrlError, UnsupportedNodeError } from './errors';
export { NODE_RENDERERS, SUPPORTED_NODE_TYPES } from './registry';
export { EDITOR_NODE_TYPES, type EditorNodeType } from './node-types';
export { articleSlug, uniqueSlug } from './slug';

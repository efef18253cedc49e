/**
 * Every node type the body editor can hold: Lexical's standard nodes the editor
 * registers, plus Newsdesk's own blocks. A test checks each has a renderer, so a
 * node added to the editor cannot be silently missing from exports.
 */
export const EDITOR_NODE_TYPES = [
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'text',
  'linebreak',
  'tab',
  'figure',
  'related-news',
] as const;

export type EditorNodeType = (typeof EDITOR_NODE_TYPES)[number];

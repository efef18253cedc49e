// @vitest-environment jsdom
/**
 * A body whose first update throws leaves the editor empty; bodyFailedToOpen
 * tells ArticleEditorView so, which then never saves the editor's (empty)
 * body over the stored one. The editor here is configured exactly as the
 * app's (editor-config.ts), and its first update runs as LexicalComposer runs it.
 */
import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { newArticle, type ArticleBody } from '../../../shared/article/schema';
import { bodyFailedToOpen, createEditorConfig } from '../../../renderer/src/editor/editor-config';

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
});

function open(children: unknown[]): { editor: LexicalEditor; body: ArticleBody; errors: Error[] } {
  const base = newArticle('body-open-article', new Date(0)).body;
  const body = { root: { ...base.root, children } } as unknown as ArticleBody;
  const errors: Error[] = [];
  const config = createEditorConfig({ body, reportError: (error) => errors.push(error) });
  // As LexicalComposer passes it: the error, with the editor.
  const editor: LexicalEditor = createHeadlessEditor({
    namespace: config.namespace,
    nodes: config.nodes,
    onError: (error) => config.onError(error, editor),
  });
  const initial = config.editorState as (editor: LexicalEditor) => void;
  editor.update(() => initial(editor), { discrete: true });
  return { editor, body, errors };
}

describe('bodyFailedToOpen', () => {
  it('is false for a body that opened, and for an empty one', () => {
    const opened = open([paragraph('Một'), paragraph('Hai')]);
    expect(opened.errors).toEqual([]);
    expect(bodyFailedToOpen(opened.editor)).toBe(false);
    const empty = open([]);
    expect(bodyFailedToOpen(empty.editor)).toBe(false);
  });

  it('is true when a block could not be made, which left the editor empty', () => {
    const broken = open([paragraph('Một'), { type: 'poll', version: 1 }, paragraph('Hai')]);
    expect(broken.errors.length).toBeGreaterThan(0);
    expect(bodyFailedToOpen(broken.editor)).toBe(true);
  });
});

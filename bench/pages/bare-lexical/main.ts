/**
 * The baseline page: Lexical's core and rich-text plugin, nothing else, the same
 * Lexical copy the app bundles. The runner hands it the article's text as plain
 * paragraphs (serialized editor state JSON) and calls `window.bareLexical.open`.
 */
import { registerRichText } from '@lexical/rich-text';
import { createEditor } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';

const root = document.getElementById('editor') as HTMLElement;
const editor = createEditor({
  namespace: 'bare',
  nodes: [HeadingNode, QuoteNode],
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(root);
registerRichText(editor);

const afterPaint = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
  );

declare global {
  interface Window {
    bareLexical: {
      open(json: string): Promise<{ parseMs: number; setMs: number; totalMs: number }>;
      snapshotMs(): { toJsonMs: number; stringifyMs: number; bytes: number };
    };
  }
}

window.bareLexical = {
  async open(json) {
    const t0 = performance.now();
    const state = editor.parseEditorState(json);
    const t1 = performance.now();
    editor.setEditorState(state);
    const t2 = performance.now();
    const t3 = await afterPaint();
    return { parseMs: t1 - t0, setMs: t2 - t1, totalMs: t3 - t0 };
  },
  // What an autosave costs on the main thread at minimum: serialise the state.
  snapshotMs() {
    const t0 = performance.now();
    const body = editor.getEditorState().toJSON();
    const t1 = performance.now();
    const text = JSON.stringify({ channel: 'article:save', request: { article: { body } } });
    const t2 = performance.now();
    return {
      toJsonMs: t1 - t0,
      stringifyMs: t2 - t1,
      bytes: new TextEncoder().encode(text).length,
    };
  },
};

/**
 * An audit of the renderer's key handlers (issue #7, PITFALLS.md "Vietnamese
 * input"): no handler of ours may act on a key while an IME is composing
 * (isComposing, keyCode 229). Any file that handles keys must consult the
 * shared guard (`isComposingKey`, or `event.isComposing` / `editor.isComposing()`
 * directly), or delegate to a helper that does. A new key handler without one
 * fails here, so the check cannot rot as the UI grows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER = path.resolve(import.meta.dirname, '../../../renderer/src');

/** Ways a renderer file can act on a key. */
const KEY_HANDLER =
  /addEventListener\(\s*['"]key(?:down|up|press)['"]|onKey(?:Down|Up|Press)=\{|registerCommand\(\s*KEY_[A-Z_]+_COMMAND|KEY_[A-Z_]+_COMMAND,\s*\(/;

/** What counts as asking whether an IME is composing. */
const GUARD = /isComposingKey\(|\.isComposing\b|isComposing\(\)|handle(?:Figure)?HistoryKey\(/;

/**
 * Files that register key commands only to keep Lexical out of their own
 * controls: they never act on the key themselves (no preventDefault, no edit).
 */
const STANDS_ASIDE_ONLY = new Set(['editor/figure/FiguresPlugin.tsx']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('renderer key handlers', () => {
  const files = sourceFiles(RENDERER).map((file) => ({
    name: path.relative(RENDERER, file).split(path.sep).join('/'),
    text: readFileSync(file, 'utf8'),
  }));
  const handlers = files.filter((file) => KEY_HANDLER.test(file.text));

  it('finds the key handlers it audits (the audit itself works)', () => {
    const names = handlers.map((file) => file.name);
    expect(names).toContain('app/App.tsx');
    expect(names).toContain('article/ArticleEditorView.tsx');
    expect(names).toContain('editor/plugins/ShortcutsPlugin.tsx');
    expect(names).toContain('editor/plugins/BackspaceKeepsFormatPlugin.tsx');
  });

  it('every file with a key handler stands aside while an IME is composing', () => {
    const unguarded = handlers
      .filter((file) => !STANDS_ASIDE_ONLY.has(file.name))
      .filter((file) => !GUARD.test(file.text))
      .map((file) => file.name);
    expect(unguarded).toEqual([]);
  });

  it('the guard itself checks both isComposing and keyCode 229', () => {
    const keys = files.find((file) => file.name === 'app/keys.ts')?.text ?? '';
    expect(keys).toMatch(/event\.isComposing\s*\|\|\s*event\.keyCode === 229/);
  });
});

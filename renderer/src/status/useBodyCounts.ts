/**
 * Live word, character and reading-time counts of the body, for the status
 * bar. Counting never runs on the typing path: an update only schedules a
 * count for the next idle period (requestIdleCallback), and a burst of
 * keystrokes costs one count (DESIGN.md budgets; the performance work watches
 * typing latency).
 *
 * Words are syllables (the Vietnamese newsroom convention, shared/text/count).
 * Figure captions are part of the story and count; related-news boxes are
 * links to other stories and do not.
 */
import { useEffect, useState } from 'react';
import { ValueStore } from '../app/value-store';
import {
  $getRoot,
  $isElementNode,
  $isTextNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $isFigureNode } from '../../../shared/nodes/figure-node';
import { countCharacters, countWords, readingTimeMinutes } from '../../../shared/text/count';
import { runIdleAfterEdits } from '../editor/idle-after-edits';

export interface BodyCounts {
  words: number;
  characters: number;
  minutes: number;
}

const EMPTY: BodyCounts = { words: 0, characters: 0, minutes: 0 };

/** The body's countable text, one string per block. */
function $countableBlocks(): string[] {
  const blocks: string[] = [];
  const inline = (node: LexicalNode): string => {
    if ($isTextNode(node)) return node.getTextContent();
    if (node.getType() === 'linebreak') return '\n';
    if ($isElementNode(node) && node.isInline()) return node.getChildren().map(inline).join('');
    return '';
  };
  const visit = (node: LexicalNode): void => {
    if ($isFigureNode(node)) blocks.push(node.getCaption());
    else if ($isElementNode(node)) {
      const children = node.getChildren();
      if (children.some((child) => $isElementNode(child) && !child.isInline())) {
        // Each child visited, figures included: visited again below, every
        // caption among the root's blocks counted twice, and a version in the
        // history (which counts it once) looked shorter than the article.
        children.forEach(visit);
        return;
      }
      blocks.push(children.map(inline).join(''));
      // Decorators inside a text block (a figure dropped into a paragraph).
      for (const child of children) if ($isFigureNode(child)) visit(child);
    }
  };
  visit($getRoot());
  return blocks;
}

/**
 * Counts per distinct block text: after a keystroke one block changed, and
 * segmenting all 10,000 words again took ≈ 20 ms per idle count (a long task
 * that typing and the autosave queued behind). Bounded: each keystroke leaves
 * one stale text behind.
 */
const blockCounts = new Map<string, { words: number; characters: number }>();

function countBlock(block: string): { words: number; characters: number } {
  let counts = blockCounts.get(block);
  if (counts === undefined) {
    counts = { words: countWords(block), characters: countCharacters(block) };
    if (blockCounts.size > 20_000) blockCounts.clear();
    blockCounts.set(block, counts);
  }
  return counts;
}

export function countBlocks(blocks: readonly string[]): BodyCounts {
  let words = 0;
  let characters = 0;
  for (const block of blocks) {
    const counts = countBlock(block);
    words += counts.words;
    characters += counts.characters;
  }
  return { words, characters, minutes: readingTimeMinutes(words) };
}

const sameCounts = (a: BodyCounts, b: BodyCounts): boolean =>
  a.words === b.words && a.characters === b.characters && a.minutes === b.minutes;

/**
 * The body's counts as a store the status bar writes into the DOM itself
 * (useLiveText): a recount after a pause in typing causes no React commit.
 */
export function useBodyCounts(editor: LexicalEditor | null): ValueStore<BodyCounts> {
  const [counts] = useState(() => new ValueStore<BodyCounts>(EMPTY, sameCounts));
  useEffect(() => {
    if (!editor) return;
    const counting = runIdleAfterEdits(editor, () =>
      counts.set(countBlocks(editor.getEditorState().read($countableBlocks))),
    );
    return counting.dispose;
  }, [editor, counts]);
  return counts;
}

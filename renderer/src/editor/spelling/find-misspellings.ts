/**
 * Which syllables of the body look misspelled, per text node. Pure over the
 * Lexical state (no DOM), run on idle by the spelling plugin; verdicts are
 * cached per distinct word and the hits per distinct text-node text, so
 * re-checking a long article after a keystroke re-scans only the text node
 * that changed (a full scan of 10,000 words took ≈ 25 ms per keystroke: a long
 * task that keystrokes queued behind, and most of an autosave's main-thread time).
 */
import { $getRoot, $isElementNode, $isTextNode, type LexicalNode, type NodeKey } from 'lexical';
import { findMisspelledSyllables, isValidSyllable } from '../../../../shared/text/syllables';

export interface Misspelling {
  nodeKey: NodeKey;
  /** UTF-16 range within the text node's text. */
  index: number;
  length: number;
  word: string;
}

const verdicts = new Map<string, boolean>();

function cachedIsValid(word: string): boolean {
  let verdict = verdicts.get(word);
  if (verdict === undefined) {
    verdict = isValidSyllable(word);
    // A bounded cache: a long session must not grow it without end.
    if (verdicts.size > 50_000) verdicts.clear();
    verdicts.set(word, verdict);
  }
  return verdict;
}

type Hits = ReturnType<typeof findMisspelledSyllables>;
const hitsByText = new Map<string, Hits>();

function cachedHits(text: string): Hits {
  let hits = hitsByText.get(text);
  if (hits === undefined) {
    hits = findMisspelledSyllables(text, cachedIsValid);
    // Bounded like the verdicts: every keystroke leaves one stale text behind.
    if (hitsByText.size > 20_000) hitsByText.clear();
    hitsByText.set(text, hits);
  }
  return hits;
}

/** Every likely misspelling in the body, in document order. Call inside a read. */
export function $findMisspellings(ignored: ReadonlySet<string>): Misspelling[] {
  const found: Misspelling[] = [];
  const visit = (node: LexicalNode): void => {
    if ($isTextNode(node)) {
      const key = node.getKey();
      for (const hit of cachedHits(node.getTextContent())) {
        if (!ignored.has(hit.word.toLowerCase())) found.push({ nodeKey: key, ...hit });
      }
    } else if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot());
  return found;
}

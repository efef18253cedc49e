/**
 * Which syllables of the body look misspelled, per text node. Pure over the
 * Lexical state (no DOM), run on idle by the spelling plugin; results are
 * cached per distinct word, so re-checking a long article costs a scan.
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

/** Every likely misspelling in the body, in document order. Call inside a read. */
export function $findMisspellings(ignored: ReadonlySet<string>): Misspelling[] {
  const found: Misspelling[] = [];
  const visit = (node: LexicalNode): void => {
    if ($isTextNode(node)) {
      const key = node.getKey();
      for (const hit of findMisspelledSyllables(node.getTextContent(), cachedIsValid)) {
        if (!ignored.has(hit.word.toLowerCase())) found.push({ nodeKey: key, ...hit });
      }
    } else if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot());
  return found;
}

/**
 * The body half of "Normalise text": every text node and every figure and
 * related-news field in NFC and the house tone-mark style, inside the caller's
 * Lexical update (so the whole body is one undo step). Same rules as the pure
 * `normaliseArticle` over JSON (shared/text/normalise-article.ts).
 */
import { $getRoot, $isElementNode, $isTextNode, type LexicalNode } from 'lexical';
import { $isFigureNode } from '../../../shared/nodes/figure-node';
import { $isRelatedNewsNode } from '../../../shared/nodes/related-news-node';
import { normaliseText } from '../../../shared/text/normalise-article';
import type { ToneStyle } from '../../../shared/text/tone-marks';

/** Normalises the body in place; returns how many strings changed. Call inside editor.update. */
export function $normaliseBody(style: ToneStyle): number {
  let changes = 0;
  const fix = (value: string, apply: (next: string) => void): void => {
    const next = normaliseText(value, style);
    if (next === value) return;
    apply(next);
    changes += 1;
  };
  const visit = (node: LexicalNode): void => {
    if ($isTextNode(node)) fix(node.getTextContent(), (next) => node.setTextContent(next));
    else if ($isFigureNode(node)) {
      fix(node.getCaption(), (next) => node.setCaption(next));
      fix(node.getCredit(), (next) => node.setCredit(next));
      fix(node.getAlt(), (next) => node.setAlt(next));
    } else if ($isRelatedNewsNode(node)) {
      fix(node.getHeading(), (next) => node.setHeading(next));
      for (const item of node.getItems()) {
        fix(item.headline, (next) => node.updateItem(item.key, { headline: next }));
        fix(item.summary, (next) => node.updateItem(item.key, { summary: next }));
      }
    } else if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot());
  return changes;
}

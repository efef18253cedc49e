/**
 * Pure operations on a related-news block's item list. The node's setters and
 * the tests share them, so reordering and patching behave the same everywhere.
 * Every function returns a new array and leaves its input untouched: Lexical
 * keeps the previous editor state (for undo) pointing at the old array.
 */
import type { RelatedItem } from '../article/blocks';
import { TEXT_LIMITS } from '../article/limits';

export type RelatedItemPatch = Partial<Omit<RelatedItem, 'key'>>;

/**
 * A key unique within its block. Random rather than counted, so a block pasted
 * next to its original, or items picked in two windows, never share keys.
 */
export function newRelatedItemKey(): string {
  const cryptoApi = globalThis.crypto as Crypto | undefined;
  if (cryptoApi && typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  return `item-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function emptyRelatedItem(key: string = newRelatedItemKey()): RelatedItem {
  return { key, headline: '', summary: '', link: null };
}

/** The items with the one whose key is `key` patched; unknown keys leave the list as it was. */
export function patchItem(
  items: readonly RelatedItem[],
  key: string,
  patch: RelatedItemPatch,
): RelatedItem[] {
  return items.map((item) => (item.key === key ? { ...item, ...patch, key } : item));
}

/** The items with `key` moved to `toIndex` (clamped to the list); unknown keys change nothing. */
export function moveItem(
  items: readonly RelatedItem[],
  key: string,
  toIndex: number,
): RelatedItem[] {
  const from = items.findIndex((item) => item.key === key);
  if (from === -1) return [...items];
  const to = Math.max(0, Math.min(items.length - 1, Math.trunc(toIndex)));
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as RelatedItem);
  return next;
}

export function removeItem(items: readonly RelatedItem[], key: string): RelatedItem[] {
  return items.filter((item) => item.key !== key);
}

/** `text` cut to `max` UTF-16 code units, never between the two halves of a surrogate pair. */
function clipTo(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * What picking `article` from the library writes into an item. Its sapo may be
 * twice as long as an item's summary may be (TEXT_LIMITS): copied whole, the
 * box failed every save of the article until the pick was undone.
 */
export function pickedItemPatch(article: {
  id: string;
  headline: string;
  sapo: string;
}): RelatedItemPatch {
  return {
    headline: clipTo(article.headline, TEXT_LIMITS.relatedHeadline),
    summary: clipTo(article.sapo, TEXT_LIMITS.relatedSummary),
    link: { kind: 'article', articleId: article.id },
  };
}

/**
 * What the host holds of the open article: the body blocks of this session's
 * last acknowledged save, by object. The next save and every journal write
 * send those blocks as their index in that save (shared/article/article-delta.ts),
 * so a request after one keystroke carries one block, not 120 KB.
 *
 * Identity is enough because only frozen block objects are indexed: the body
 * serializer deep-freezes each block's JSON and hands out the same object
 * while the block is unchanged (body-serializer.ts), so an indexed object
 * cannot have changed since it was saved.
 *
 * Before the session's first save the base is the version it opened (the host
 * holds what it loaded as well as what it wrote): its blocks are matched to the
 * first snapshot's by value, once, so the first save and the journal
 * writes while the reporter types right after opening carry the changed blocks
 * only, not the whole article each time (≈ 5 ms of main thread per request at
 * 10,000 words). A block that differs, or moved further than a few places,
 * goes in full.
 */
import { encodeArticleDelta, type ArticlePayload } from '../../../shared/article/article-delta';
import type { Article } from '../../../shared/article/schema';
import type { Result } from '../../../shared/ipc/result';

export class SavedBlocks {
  private base: { revision: string; index: Map<object, number> } | null = null;
  private opened: { revision: string; article: Article } | null = null;

  /** The session opened `article` as `revision`: the base until the first save. */
  loaded(article: Article, revision: string): void {
    this.opened = { revision, article };
    this.base = null;
  }

  /**
   * The article as a delta of the last acknowledged save (before the first,
   * of the version opened), or whole when there is neither.
   */
  payload(article: Article): ArticlePayload {
    // Matched once the body editor's blocks exist (they are the frozen ones).
    if (!this.base && this.opened && article.body.root.children.some(Object.isFrozen)) {
      try {
        this.base = matchOpened(article, this.opened);
      } catch (error) {
        // Never block a save on this: send it whole, as before a first save.
        console.error('Newsdesk: the opened version could not be matched', error);
      }
      this.opened = null;
    }
    return this.base ? { delta: encodeArticleDelta(article, this.base) } : { article };
  }

  /** The host wrote `article` (as sent) as `revision`. */
  saved(article: Article, revision: string): void {
    const index = new Map<object, number>();
    article.body.root.children.forEach((block, position) => {
      if (Object.isFrozen(block)) index.set(block, position);
    });
    this.base = { revision, index };
    this.opened = null;
  }

  /**
   * Sends `article` with `send`, as a delta when possible; when the host no
   * longer holds the base (it restarted, or another window saved the article
   * since), forgets it and sends the whole article once more.
   */
  async send<T>(
    article: Article,
    send: (payload: ArticlePayload) => Promise<Result<T>>,
  ): Promise<Result<T>> {
    const payload = this.payload(article);
    const base = this.base;
    const result = await send(payload);
    if ('article' in payload || result.ok || result.error.code !== 'unknown-base') return result;
    // A save acknowledged meanwhile set a newer base, which the host does hold.
    if (this.base === base) {
      this.base = null;
      this.opened = null;
    }
    return send({ article });
  }
}

/** How far a block may have moved (blocks inserted or removed above it) and still be found. */
const MATCH_WINDOW = 4;

/**
 * Indexes the frozen blocks of `article` that equal a block of the opened
 * version at about the same position. Compared as JSON values, not strings:
 * the file's key order (the host's schema) is not the serializer's.
 */
function matchOpened(
  article: Article,
  opened: { revision: string; article: Article },
): { revision: string; index: Map<object, number> } {
  const before = opened.article.body.root.children;
  const index = new Map<object, number>();
  article.body.root.children.forEach((block, position) => {
    if (!Object.isFrozen(block)) return;
    for (let distance = 0; distance <= MATCH_WINDOW; distance += 1) {
      for (const candidate of distance === 0
        ? [position]
        : [position - distance, position + distance]) {
        if (candidate >= 0 && candidate < before.length && sameJson(block, before[candidate])) {
          index.set(block, candidate);
          return;
        }
      }
    }
  });
  return { revision: opened.revision, index };
}

/**
 * Equal as JSON values: same primitives, arrays of the same length with equal
 * items, plain objects with the same keys (a key holding `undefined` counts as
 * absent, as in JSON) and equal values. Anything else (a Date, a class) is
 * equal only to itself, so it is sent in full.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a).filter((key) => a[key] !== undefined);
  if (keys.length !== Object.keys(b).filter((key) => b[key] !== undefined).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]));
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

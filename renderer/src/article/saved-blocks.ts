/**
 * What the host holds of the open article: the body blocks of this session's
 * last acknowledged save, by object. The next save and every journal write
 * send those blocks as their index in that save (shared/article/article-delta.ts),
 * so a request after one keystroke carries one block, not 120 KB.
 *
 * Identity is enough because only frozen block objects are indexed: the body
 * serializer deep-freezes each block's JSON and hands out the same object
 * while the block is unchanged (body-serializer.ts), so an indexed object
 * cannot have changed since it was saved. The first save of a session is
 * whole: nothing has been acknowledged yet.
 */
import { encodeArticleDelta, type ArticlePayload } from '../../../shared/article/article-delta';
import type { Article } from '../../../shared/article/schema';
import type { Result } from '../../../shared/ipc/result';

export class SavedBlocks {
  private base: { revision: string; index: Map<object, number> } | null = null;

  /** The article as a delta of the last acknowledged save, or whole when there is none. */
  payload(article: Article): ArticlePayload {
    return this.base ? { delta: encodeArticleDelta(article, this.base) } : { article };
  }

  /** The host wrote `article` (as sent) as `revision`. */
  saved(article: Article, revision: string): void {
    const index = new Map<object, number>();
    article.body.root.children.forEach((block, position) => {
      if (Object.isFrozen(block)) index.set(block, position);
    });
    this.base = { revision, index };
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
    const base = this.base;
    const payload = this.payload(article);
    const result = await send(payload);
    if ('article' in payload || result.ok || result.error.code !== 'unknown-base') return result;
    // A save acknowledged meanwhile set a newer base, which the host does hold.
    if (this.base === base) this.base = null;
    return send({ article });
  }
}

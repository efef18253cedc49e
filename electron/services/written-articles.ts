/**
 * The last version the store wrote or read of each recently saved or opened
 * article, so that a save or journal write can send only what changed since
 * (shared/article/article-delta.ts). A delta names its base by revision (the
 * SHA-256 of the written bytes), so it resolves only against exactly that
 * content; anything else is `unknown-base` and the renderer sends the whole
 * article.
 *
 * Held in memory only and bounded: after a restart, or for an article not
 * opened or saved lately, the next save is whole again. The articles held are
 * deep-frozen: a loaded one is also what the store hands to its callers, and a
 * held block changed in place would silently change what later deltas write.
 */
import { applyArticleDelta, type ArticleDelta } from '../../shared/article/article-delta';
import type { Article } from '../../shared/article/schema';
import { deepFreeze } from '../../shared/deep-freeze';
import { fail, ok, type Result } from '../../shared/ipc/result';

/** Articles open in this app at once are few; each held one costs about its JSON size. */
export const WRITTEN_ARTICLES_KEPT = 16;

export class WrittenArticles {
  private readonly byId = new Map<string, { revision: string; article: Article }>();

  constructor(private readonly capacity = WRITTEN_ARTICLES_KEPT) {}

  /** `article` is what was written (or read) as `revision`. */
  remember(id: string, revision: string, article: Article): void {
    // Re-inserted so the Map's order is least recently written or read first.
    this.byId.delete(id);
    this.byId.set(id, { revision, article: deepFreeze(article) });
    while (this.byId.size > this.capacity) {
      this.byId.delete(this.byId.keys().next().value!);
    }
  }

  forget(id: string): void {
    this.byId.delete(id);
  }

  /** The article a delta describes, built on the version it names. */
  expand(delta: ArticleDelta): Result<Article> {
    const id = delta.fields.id;
    const held = this.byId.get(id);
    if (!held || held.revision !== delta.base) {
      return fail(
        'unknown-base',
        `The saved version of article ${id} that this change builds on is no longer held; send the whole article.`,
      );
    }
    const applied = applyArticleDelta(held.article, delta);
    if (!applied.ok) return fail('invalid-request', applied.message);
    return ok(applied.article);
  }

  /** The whole article of a request that carries it whole or as a delta. */
  resolve(payload: { article?: Article; delta?: ArticleDelta }): Result<Article> {
    if (payload.article) return ok(payload.article);
    if (payload.delta) return this.expand(payload.delta);
    return fail('invalid-request', 'The request carries no article.');
  }
}

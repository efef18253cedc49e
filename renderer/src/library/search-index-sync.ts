/**
 * Keeps a LibrarySearch in step with the library's list, a slice at a time:
 * indexing 10,000 summaries takes ≈ 300 ms, which in the library's first
 * render kept the list from showing, and in one task would freeze the window.
 * The list is shown without the index (an empty query is newest first:
 * `newestFirst`), the index is built in idle time, and a search that comes
 * before it is done answers from what is indexed so far, a slice more each
 * time, until the idle work finishes it.
 */
import type { ArticleSummary } from '../../../shared/article/schema';
import { LibrarySearch, newestFirst } from '../../../shared/search/library-search';

export class SearchIndexSync {
  private readonly search = new LibrarySearch();
  /** What the index holds, by id: the summary object it was built from. */
  private readonly indexed = new Map<string, ArticleSummary>();
  private target: readonly ArticleSummary[] = [];
  /** Next position in `target` to look at; the removals come after the last. */
  private cursor = 0;
  private upToDate = true;
  /** The list newest first, made once per list. */
  private newest: ArticleSummary[] | null = null;
  /** The list by id, made once per list when a search or the removal pass needs it. */
  private listedById: Map<string, ArticleSummary> | null = null;

  /** The list to follow from now on; the work is done by step() and find(). */
  follow(articles: readonly ArticleSummary[]): void {
    if (articles === this.target) return;
    this.target = articles;
    this.cursor = 0;
    this.upToDate = false;
    this.newest = null;
    this.listedById = null;
  }

  /** Whether the index holds the whole list, as it is now. */
  get complete(): boolean {
    return this.upToDate;
  }

  /** The list newest first, the empty query's order: needs no index. */
  newestFirst(): ArticleSummary[] {
    return (this.newest ??= newestFirst(this.target));
  }

  /** Does about `budgetMs` of the work; true once the index matches the list. */
  step(budgetMs: number): boolean {
    if (this.upToDate) return true;
    const started = performance.now();
    const articles = this.target;
    while (this.cursor < articles.length) {
      const article = articles[this.cursor] as ArticleSummary;
      this.cursor += 1;
      // Unchanged summaries keep their object (a save replaces one).
      if (this.indexed.get(article.id) !== article) {
        this.search.replace(article);
        this.indexed.set(article.id, article);
      }
      if (this.cursor % 64 === 0 && performance.now() - started >= budgetMs) return false;
    }
    // After the pass every listed id is indexed: any more are articles gone from the list.
    if (this.indexed.size > articles.length) {
      const listed = this.listed();
      for (const id of [...this.indexed.keys()]) {
        if (listed.has(id)) continue;
        this.search.remove(id);
        this.indexed.delete(id);
      }
    }
    this.upToDate = true;
    return true;
  }

  /**
   * The matching articles of the list, best first (LibrarySearch.search),
   * after up to `budgetMs` more of the indexing. A search typed while the
   * index is still being built answers from what is indexed so far (the list
   * is indexed newest first) instead of holding the window until the rest is
   * done (≈ 200–350 ms at 10,000 articles, just after the list shows); see
   * `complete`. Hits are returned as the list has them now, and only those
   * still listed.
   */
  find(query: string, budgetMs = Number.POSITIVE_INFINITY): ArticleSummary[] {
    this.step(budgetMs);
    const listed = this.listed();
    return this.search
      .search(query, Number.POSITIVE_INFINITY)
      .map((hit) => listed.get(hit.id))
      .filter((article): article is ArticleSummary => article !== undefined);
  }

  private listed(): Map<string, ArticleSummary> {
    return (this.listedById ??= new Map(this.target.map((article) => [article.id, article])));
  }
}

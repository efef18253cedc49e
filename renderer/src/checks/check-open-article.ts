/**
 * The one way the renderer runs the checklist: the article with the library's
 * house style (limits, tone-mark style, quotes) and the library's articles
 * (related items linking one no longer there). The Checks panel and the
 * Export warning both call this, so they never disagree on what is wrong.
 */
import { checkArticle, type Finding } from '../../../shared/checks';
import type { Article, ArticleSummary } from '../../../shared/article/schema';
import { checkOptionsFor, DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../../shared/house-style';
import type { LibraryArticles } from '../editor/related/useLibraryArticles';

/** The ids of a listing, made once per listing: the panel checks again at every idle pause. */
const idsOfListing = new WeakMap<ArticleSummary[], ReadonlySet<string>>();

function libraryArticleIds(library: LibraryArticles): ReadonlySet<string> | undefined {
  // Not listed (yet): nothing is known to be missing.
  if (library.kind !== 'loaded') return undefined;
  let ids = idsOfListing.get(library.articles);
  if (!ids) {
    ids = new Set(library.articles.map((article) => article.id));
    idsOfListing.set(library.articles, ids);
  }
  return ids;
}

export function checkOpenArticle(
  article: Article,
  houseStyle: HouseStyle = DEFAULT_HOUSE_STYLE,
  library: LibraryArticles = { kind: 'loading' },
): Finding[] {
  return checkArticle(article, {
    ...checkOptionsFor(houseStyle),
    libraryArticleIds: libraryArticleIds(library),
  });
}

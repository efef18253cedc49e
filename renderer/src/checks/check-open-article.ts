/**
 * The one way the renderer runs the checklist: the article with the library's
 * house style (limits, tone-mark style, quotes). The Checks panel and the
 * Export warning both call this, so they never disagree on what is wrong.
 */
import { checkArticle, type Finding } from '../../../shared/checks';
import type { Article } from '../../../shared/article/schema';
import { checkOptionsFor, DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../../shared/house-style';

export function checkOpenArticle(
  article: Article,
  houseStyle: HouseStyle = DEFAULT_HOUSE_STYLE,
): Finding[] {
  return checkArticle(article, checkOptionsFor(houseStyle));
}

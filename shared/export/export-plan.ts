/**
 * Which slug each article of a batch export gets, and where related-news links
 * between them lead. Pure, so the app's Export command, the CLI and the preview
 * agree on the same names.
 */
import { createLibraryLinkResolver, type LinkableSummary } from '../related/link';
import { exportSlug, reservedSlugs, typedSlug } from './export-slug';
import { uniqueSlug } from './slug';

/** What planning needs of an article: its library summary is enough. */
export type PlannedArticle = LinkableSummary;

/**
 * One slug per article, unique within the run. Slugs an editor typed are
 * served first, then those made from headlines; within each, articles are
 * taken in id order, so the same library always gives the same names (a
 * re-export replaces the folders it wrote before instead of adding "-2"
 * copies), and a typed slug never becomes "-2" because some other article's
 * headline gives the same name.
 */
export function planExportSlugs(articles: readonly PlannedArticle[]): Map<string, string> {
  const taken = reservedSlugs();
  const slugs = new Map<string, string>();
  const typed = (article: PlannedArticle) => (typedSlug(article) !== null ? 0 : 1);
  const ordered = [...articles].sort(
    (a, b) => typed(a) - typed(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const article of ordered) {
    const slug = uniqueSlug(exportSlug(article), taken);
    taken.add(slug);
    slugs.set(article.id, slug);
  }
  return slugs;
}

/**
 * Where related-news links to other library articles lead in this export (their
 * published URL, else the sibling folder under the slug planned here); articles
 * not in `articles` are not linked.
 */
export function linkResolverFor(
  articles: readonly PlannedArticle[],
  slugs: ReadonlyMap<string, string>,
): (articleId: string) => string | null {
  return createLibraryLinkResolver(articles, {
    slugOf: (summary: LinkableSummary) => slugs.get(summary.id) ?? exportSlug(summary),
  });
}

/** The slug one article is exported under on its own (not deduplicated against the rest of the library). */
export function singleExportSlug(article: { slug: string; headline: string }): string {
  return uniqueSlug(exportSlug(article), reservedSlugs());
}

/**
 * The folder an open article is exported to: the one planned for it over the
 * library (`planExportSlugs`), or its own slug when the listing does not hold it.
 */
export function plannedExportSlug(
  slugs: ReadonlyMap<string, string>,
  article: { id: string; headline: string; meta: { slug: string } },
): string {
  return (
    slugs.get(article.id) ??
    singleExportSlug({ slug: article.meta.slug, headline: article.headline })
  );
}

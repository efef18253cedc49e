/**
 * Which slug each article of a batch export gets, and where related-news links
 * between them lead. Pure, so the app's Export command, the CLI and the preview
 * agree on the same names.
 */
import {
  createLibraryLinkResolver,
  createPublishedLinkResolver,
  type LinkableSummary,
} from '../related/link';
import { exportSlug, reservedSlugs, typedSlug } from './export-slug';
import { uniqueSlug } from './slug';

/** What planning needs of an article: its library summary is enough. */
export type PlannedArticle = LinkableSummary;

/** What the destination already holds (electron/services/export-folders.ts). */
export interface ExistingFolders {
  /** Folder name → the article it was exported for. */
  owners: ReadonlyMap<string, string>;
  /** Folder names no export may take (not made by Newsdesk). */
  foreign: ReadonlySet<string>;
  /** Folder name → the name its export was planned from, where its marker says. */
  bases?: ReadonlyMap<string, string>;
}

const NOTHING_THERE: ExistingFolders = { owners: new Map(), foreign: new Set() };

/**
 * One slug per article, unique within the run. An article keeps the folder it
 * was exported to before while that folder still carries its name (`base` or
 * `base-N`), and no other article takes a folder that belongs to someone: a
 * new article with the same headline as yesterday's gets "-2" instead of
 * replacing yesterday's page. Then slugs an editor typed are served, then
 * those made from headlines; within each, articles are taken in id order, so
 * the same library and destination always give the same names (a re-export
 * replaces the folders it wrote before instead of adding "-2" copies), and a
 * typed slug never becomes "-2" because some other article's headline gives
 * the same name.
 */
export function planExportSlugs(
  articles: readonly PlannedArticle[],
  existing: ExistingFolders = NOTHING_THERE,
): Map<string, string> {
  const taken = reservedSlugs();
  for (const name of existing.owners.keys()) taken.add(name);
  for (const name of existing.foreign) taken.add(name);
  const slugs = new Map<string, string>();
  for (const article of articles) {
    const kept = keptFolder(exportSlug(article), article.id, existing);
    if (kept !== null) slugs.set(article.id, kept);
  }
  const typed = (article: PlannedArticle) => (typedSlug(article) !== null ? 0 : 1);
  const ordered = articles
    .filter((article) => !slugs.has(article.id))
    .sort((a, b) => typed(a) - typed(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const article of ordered) {
    const slug = uniqueSlug(exportSlug(article), taken);
    taken.add(slug);
    slugs.set(article.id, slug);
  }
  return slugs;
}

/**
 * The folder `id` was exported to under `base` or `base-N` (the lowest), if
 * any. A folder whose marker names another base is not one: "tet-2025", the
 * slug typed before, is no "-N" of the slug "tet" typed now.
 */
function keptFolder(
  base: string,
  id: string,
  existing: ExistingFolders,
  folders: Iterable<string> = existing.owners.keys(),
): string | null {
  const { owners, bases } = existing;
  const plannedFrom = (name: string) => bases?.get(name) ?? base;
  if (owners.get(base) === id && plannedFrom(base) === base) return base;
  let kept: { name: string; n: number } | null = null;
  for (const name of folders) {
    if (owners.get(name) !== id || !name.startsWith(`${base}-`) || plannedFrom(name) !== base)
      continue;
    const suffix = name.slice(base.length + 1);
    if (!/^[1-9][0-9]*$/.test(suffix)) continue;
    const n = Number(suffix);
    if (kept === null || n < kept.n) kept = { name, n };
  }
  return kept?.name ?? null;
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

/** The folder each exported article gets, and where its related-news links lead. */
export interface ExportPlan {
  slugs: Map<string, string>;
  resolveArticleLink: (articleId: string) => string | null;
  /**
   * The links once the articles in `failed` could not be written: their
   * planned folders hold no page, so a link to one leads to its earlier
   * export in the destination, else its published URL, else nowhere.
   */
  linksWithout(failed: ReadonlySet<string>): (articleId: string) => string | null;
}

/**
 * The plan of an export that writes `exportedIds` (some or all of `articles`,
 * the library) into a destination holding `existing`. Folder names are planned
 * for the exported articles only: planned against the whole library, the
 * newest of five drafts titled "Giá vàng hôm nay" went into an empty folder as
 * "-5". A library article is linked at its published URL, else at its folder
 * when its page is there (exported in this run, or by an earlier export to
 * the destination), else not at all: never to a folder this export does not
 * write and the destination does not hold.
 */
export function planExport(
  articles: readonly PlannedArticle[],
  exportedIds: ReadonlySet<string>,
  existing: ExistingFolders = NOTHING_THERE,
): ExportPlan {
  const slugs = planExportSlugs(
    articles.filter((article) => exportedIds.has(article.id)),
    existing,
  );
  const toPublished = createPublishedLinkResolver(articles);
  const foldersOf = new Map<string, string[]>();
  for (const [folder, owner] of existing.owners) {
    const folders = foldersOf.get(owner);
    if (folders === undefined) foldersOf.set(owner, [folder]);
    else folders.push(folder);
  }
  const linksWithout = (failed: ReadonlySet<string>) => {
    const pages = new Map([...slugs].filter(([id]) => !failed.has(id)));
    for (const article of articles) {
      const folders = foldersOf.get(article.id);
      if (!pages.has(article.id) && folders !== undefined)
        pages.set(article.id, existingPage(article, folders, existing));
    }
    const toPage = linkResolverFor(
      articles.filter((article) => pages.has(article.id)),
      pages,
    );
    return (articleId: string) => toPage(articleId) ?? toPublished(articleId);
  };
  return { slugs, resolveArticleLink: linksWithout(new Set()), linksWithout };
}

/**
 * Which of `folders`, the earlier exports of `article` in the destination, a
 * link should lead to. An article whose slug changed has a folder under each
 * name: the one under its name now is its latest page, and taking the first
 * folder the destination listed linked readers to the older page, in whatever
 * order the file system lists names. Otherwise the lowest name, so the choice
 * is stable.
 */
function existingPage(
  article: PlannedArticle,
  folders: readonly string[],
  existing: ExistingFolders,
): string {
  const current = keptFolder(exportSlug(article), article.id, existing, folders);
  return current ?? [...folders].sort()[0]!;
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

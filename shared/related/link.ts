/**
 * Links of related-news items: what a reporter may type, and where a link to
 * another library article points once exported.
 *
 * Typed links are web pages only (http/https), checked with `new URL` like the
 * export does (shared/export/url.ts), so nothing the editor stores can become a
 * `javascript:` or `data:` link on publication. Library links are stored by the
 * article's id and resolved at export time, because the other article's slug or
 * published URL may change after the link is made.
 */
import type { RelatedLink } from '../article/blocks';
import type { ArticleSummary } from '../article/schema';
import { articleSlug } from '../export/slug';
import { publishedWebUrl, safeAbsoluteUrl, WEB_PROTOCOLS } from '../export/url';
import type { MessageKey } from '../i18n/messages';
import { toNfc } from '../text/nfc';
import { withAssumedHttps } from '../text/web-address';

/** The schema's limit on a stored URL (shared/article/blocks.ts). */
export const MAX_RELATED_URL_LENGTH = 2000;

export type RelatedLinkRefusal =
  'related.linkRefused' | 'related.linkIncomplete' | 'related.linkTooLong';

export type RelatedUrlCheck =
  { ok: true; link: RelatedLink | null } | { ok: false; message: RelatedLinkRefusal & MessageKey };

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/**
 * Checks what was typed into "Related link". Blank means no link. The stored URL
 * is the trimmed NFC text as typed (the export serialises it through the URL
 * parser), so the field never rewrites what the reporter sees while typing; a
 * web address typed without its scheme is stored with https:// in front.
 */
export function checkRelatedUrl(raw: string): RelatedUrlCheck {
  const text = toNfc(raw).trim();
  if (text === '') return { ok: true, link: null };
  if (text.length > MAX_RELATED_URL_LENGTH) return { ok: false, message: 'related.linkTooLong' };
  // "vnexpress.net/…" as copied from an address bar is taken as https.
  const stored = withAssumedHttps(text);
  const url = parseUrl(stored);
  // Half-typed or relative: not a link a reader could follow.
  if (url === null) return { ok: false, message: 'related.linkIncomplete' };
  if (!WEB_PROTOCOLS.includes(url.protocol)) return { ok: false, message: 'related.linkRefused' };
  // The export's own check (control characters, empty host): what passes here publishes.
  if (safeAbsoluteUrl(stored, WEB_PROTOCOLS) === null) {
    return { ok: false, message: 'related.linkIncomplete' };
  }
  if (stored.length > MAX_RELATED_URL_LENGTH) return { ok: false, message: 'related.linkTooLong' };
  return { ok: true, link: { kind: 'url', url: stored } };
}

/** What resolving a library link needs to know about the other article. */
export type LinkableSummary = Pick<ArticleSummary, 'id' | 'headline' | 'slug' | 'publishedUrl'>;

export interface LibraryLinkOptions {
  /**
   * The folder name the export gives an article, when the caller assigns them
   * (e.g. made unique across the library); null when the HTML goes where there
   * are no export folders, and an unpublished article is then not linked.
   * Default: the article's own slug, or one made from its headline, as the
   * export names folders.
   */
  slugOf?: (summary: LinkableSummary) => string | null;
}

function defaultSlug(summary: LinkableSummary): string {
  return summary.slug.trim() || articleSlug(summary.headline);
}

/**
 * Where a related item linking to `articleId` points in the export:
 * - the article's published URL when it has a valid http(s) one;
 * - else `../<slug>/index.html`: the export writes each article to
 *   `<out>/<slug>/index.html`, so from one exported page this reaches its
 *   sibling both on a static web server and opened from disk (a bare `../<slug>/`
 *   would show a directory listing under file://);
 * - null when the article is not in `summaries` (deleted, or from another
 *   library), or has no folder (`slugOf` gives null): the export then prints
 *   the headline without a link.
 */
export function resolveLibraryLink(
  articleId: string,
  summaries: Iterable<LinkableSummary> | ReadonlyMap<string, LinkableSummary>,
  options: LibraryLinkOptions = {},
): string | null {
  const summary = findSummary(articleId, summaries);
  if (summary === undefined) return null;
  const published = publishedWebUrl(summary.publishedUrl);
  if (published !== null) return published;
  const slug = (options.slugOf ?? defaultSlug)(summary);
  return slug === null ? null : `../${encodeURIComponent(slug)}/index.html`;
}

/**
 * A `resolveArticleLink` for HTML that goes somewhere the export's folders do
 * not (Copy HTML, pasted into the newsroom's CMS): a library article links to
 * its published URL, and an unpublished one is printed without a link.
 */
export function createPublishedLinkResolver(
  summaries: Iterable<LinkableSummary>,
): (articleId: string) => string | null {
  return createLibraryLinkResolver(summaries, { slugOf: () => null });
}

/**
 * A `resolveArticleLink` for the export renderer (RenderOptions) over a library
 * listing: the Export command and the CLI pass
 * `createLibraryLinkResolver(listing.articles)`.
 */
export function createLibraryLinkResolver(
  summaries: Iterable<LinkableSummary>,
  options: LibraryLinkOptions = {},
): (articleId: string) => string | null {
  const byId = new Map<string, LinkableSummary>();
  for (const summary of summaries) byId.set(summary.id, summary);
  return (articleId) => resolveLibraryLink(articleId, byId, options);
}

function findSummary(
  articleId: string,
  summaries: Iterable<LinkableSummary> | ReadonlyMap<string, LinkableSummary>,
): LinkableSummary | undefined {
  if (summaries instanceof Map)
    return (summaries as ReadonlyMap<string, LinkableSummary>).get(articleId);
  for (const summary of summaries as Iterable<LinkableSummary>) {
    if (summary.id === articleId) return summary;
  }
  return undefined;
}

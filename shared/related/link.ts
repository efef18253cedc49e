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

/** The schema's limit on a stored URL (shared/article/blocks.ts). */
export const MAX_RELATED_URL_LENGTH = 2000;

export type RelatedLinkRefusal =
  'related.linkRefused' | 'related.linkIncomplete' | 'related.linkTooLong';

export type RelatedUrlCheck =
  { ok: true; link: RelatedLink | null } | { ok: false; message: RelatedLinkRefusal & MessageKey };

/**
 * A host name with a dot and a top-level domain of letters, then a path, a
 * query, a fragment or nothing: "vnexpress.net/thoi-su", "tuoitre.vn".
 */
const BARE_WEB_ADDRESS =
  /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?::\d+)?(?:[/?#]|$)/u;

/** Endings that name a file, not a top-level domain: "bai-viet.html" is a path. */
const FILE_ENDINGS = new Set([
  'htm',
  'html',
  'php',
  'asp',
  'aspx',
  'jsp',
  'pdf',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'webp',
]);

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function isBareWebAddress(text: string): boolean {
  if (!BARE_WEB_ADDRESS.test(text)) return false;
  const host = text.split(/[/?#:]/, 1)[0]!;
  return !FILE_ENDINGS.has(host.slice(host.lastIndexOf('.') + 1).toLowerCase());
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
  let stored = text;
  let url = parseUrl(text);
  // "vnexpress.net/…" as copied from an address bar: a web address without its
  // scheme, which news sites all serve over https. ("tuoitre.vn:8080/…" parses
  // as the scheme "tuoitre.vn:", so a parse alone does not rule it out.)
  if ((url === null || !WEB_PROTOCOLS.includes(url.protocol)) && isBareWebAddress(text)) {
    stored = `https://${text}`;
    url = parseUrl(stored);
  }
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
   * (e.g. made unique across the library). Default: the article's own slug, or
   * one made from its headline, as the export names folders.
   */
  slugOf?: (summary: LinkableSummary) => string;
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
 *   library): the export then prints the headline without a link.
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
  return `../${encodeURIComponent(slug)}/index.html`;
}

/**
 * A `resolveArticleLink` for HTML that goes somewhere the export's folders do
 * not (Copy HTML, pasted into the newsroom's CMS): a library article links to
 * its published URL, and an unpublished one is printed without a link.
 */
export function createPublishedLinkResolver(
  summaries: Iterable<LinkableSummary>,
): (articleId: string) => string | null {
  const byId = new Map<string, LinkableSummary>();
  for (const summary of summaries) byId.set(summary.id, summary);
  return (articleId) => {
    const summary = byId.get(articleId);
    return summary === undefined ? null : publishedWebUrl(summary.publishedUrl);
  };
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

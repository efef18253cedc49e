/**
 * The folder name each article was last exported under, in this run of the
 * app. Copy HTML names the photos as that folder does: the export planned the
 * name with the destination in view (yesterday's "Giá vàng hôm nay" already
 * there makes today's "-2"), which the renderer cannot see, and a pasted page
 * whose images are named otherwise shows every photo broken.
 */
const slugs = new Map<string, string>();

export function noteExportedSlug(articleId: string, slug: string): void {
  slugs.set(articleId, slug);
}

/** The slug of the article's last export, while it still fits `base` (its name now). */
export function lastExportedSlug(articleId: string, base: string): string | null {
  const slug = slugs.get(articleId);
  if (slug === undefined) return null;
  // Exported as `base` or `base-N`: the next export keeps that folder too.
  return slug === base || new RegExp(`^${base}-\\d+$`).test(slug) ? slug : null;
}

/**
 * The folder name each article was last exported under, in this run of the
 * app, with the name it was planned from. Copy HTML names the photos as that
 * folder does: the export planned the name with the destination in view
 * (yesterday's "Giá vàng hôm nay" already there makes today's "-2"), which
 * the renderer cannot see, and a pasted page whose images are named
 * otherwise shows every photo broken.
 */
const exports = new Map<string, { slug: string; base: string }>();

export function noteExportedSlug(articleId: string, slug: string, base: string): void {
  exports.set(articleId, { slug, base });
}

/**
 * The slug of the article's last export while its name is still planned from
 * `base` (the article's name now); a new headline or slug is a new folder,
 * as the export's own planning decides (export-plan.ts).
 */
export function lastExportedSlug(articleId: string, base: string): string | null {
  const last = exports.get(articleId);
  return last !== undefined && last.base === base ? last.slug : null;
}

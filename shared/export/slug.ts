/**
 * Slugs name the exported folder of each article (`<out>/<slug>/index.html`).
 * @sindresorhus/slugify transliterates Vietnamese correctly (Đ → d, where plain
 * `slugify` gives "dj"; PITFALLS.md).
 */
import slugify from '@sindresorhus/slugify';
import { toNfc } from '../text/nfc';

/** Long enough for a headline's key words, short enough for any file system's name limit. */
export const MAX_SLUG_LENGTH = 80;
/** "bài viết" (article), for a headline with nothing to transliterate. */
export const FALLBACK_SLUG = 'bai-viet';

/**
 * slugify's own replacements are English words ("&" → "and", "♥" → "love",
 * "🦄" → "unicorn"): in a Vietnamese newsroom "&" reads "và", and a symbol is
 * no word of the headline.
 */
const VIETNAMESE_REPLACEMENTS: [string, string][] = [
  ['&', ' va '],
  ['♥', ''],
  ['🦄', ''],
];

/** "Hà Nội đón đợt rét đậm" → "ha-noi-don-dot-ret-dam". */
export function articleSlug(headline: string): string {
  // decamelize off: "iPhone" is one word, not "i-phone".
  const slug = slugify(toNfc(headline), {
    decamelize: false,
    customReplacements: VIETNAMESE_REPLACEMENTS,
  });
  if (slug.length <= MAX_SLUG_LENGTH) return slug || FALLBACK_SLUG;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  // Cut at a word boundary when there is one, so no word is left half-written.
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_SLUG_LENGTH);
}

/** `base`, or `base-2`, `base-3`… whichever is not in `taken` (which is not modified). */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

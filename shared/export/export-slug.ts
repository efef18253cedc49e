/**
 * The slug an article is exported under (`<out>/<slug>/index.html`). The editor
 * may type one in the article's metadata; left empty, it comes from the headline.
 * A slug names a folder, so whatever is stored is only ever used through
 * `exportSlug`, which cannot return a separator, a dot or an empty name.
 */
import { articleSlug, MAX_SLUG_LENGTH } from './slug';

/** Lower-case a–z, digits and single hyphens between them: "ha-noi-ret-dam". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `value` may be stored as the article's slug as typed ('' means "from the headline"). */
export function isValidSlug(value: string): boolean {
  return value === '' || (value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value));
}

/**
 * Names that Windows refuses as file or folder names whatever the extension; a
 * headline such as "Con" must not produce an export folder nobody can open there.
 */
const WINDOWS_RESERVED_NAMES = new Set([
  'con',
  'prn',
  'aux',
  'nul',
  ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`),
]);

/** Slugs no export may take: seeds `uniqueSlug`'s taken set. */
export function reservedSlugs(): Set<string> {
  return new Set(WINDOWS_RESERVED_NAMES);
}

/**
 * The slug an editor typed for the article, trimmed, when it can be used as it
 * is (non-empty and valid); null when the slug is empty (it comes from the
 * headline) or not valid (it is slugified before use).
 */
export function typedSlug(fields: { slug: string }): string | null {
  const stored = fields.slug.trim();
  return stored !== '' && isValidSlug(stored) ? stored : null;
}

/**
 * The slug to export under: the typed one when it is valid (`typedSlug`); a
 * stored slug that is not (typed before validation existed, or edited by hand)
 * is slugified rather than trusted; an empty one comes from the headline.
 */
export function exportSlug(fields: { slug: string; headline: string }): string {
  const typed = typedSlug(fields);
  if (typed !== null) return typed;
  const stored = fields.slug.trim();
  return articleSlug(stored === '' ? fields.headline : stored);
}

/**
 * How long each text of an article may be, in UTF-16 code units: what both
 * zod's `max` and an input's `maxLength` count. The schema refuses longer text
 * at every save and every journal write, so the editor's fields take no more:
 * a field over its limit used to fail every save and journal write of the
 * article, and the reporter's words were kept only in the window.
 */
export const TEXT_LIMITS = {
  headline: 2000,
  sapo: 10_000,
  byline: 500,
  slug: 200,
  category: 200,
  tag: 100,
  notes: 20_000,
  publishedUrl: 2000,
  caption: 2000,
  credit: 500,
  alt: 2000,
  relatedHeading: 500,
  relatedHeadline: 2000,
  relatedSummary: 5000,
  relatedUrl: 2000,
} as const;

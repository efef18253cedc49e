/**
 * The JSON of Newsdesk's own body blocks, as stored inside the Lexical body.
 * The Lexical node classes (shared/nodes/) serialise to exactly these shapes and
 * the export renderer (shared/export/) reads them, so both agree on one definition.
 * New fields must be optional so saved articles keep loading.
 */
import { z } from 'zod';
import { ARTICLE_ID_PATTERN } from './ids';
import { TEXT_LIMITS } from './limits';

/** `<sha256 hex>.<ext>`: assets are stored once per article, named by content hash. */
export const ASSET_ID_PATTERN = /^[0-9a-f]{64}\.(jpg|png|webp|gif)$/;

export const FIGURE_LAYOUTS = ['inline', 'wide', 'full'] as const;
export type FigureLayout = (typeof FIGURE_LAYOUTS)[number];

export const serializedFigureSchema = z.looseObject({
  type: z.literal('figure'),
  version: z.literal(1),
  assetId: z.string().regex(ASSET_ID_PATTERN),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  layout: z.enum(FIGURE_LAYOUTS),
  /** The line readers see under the photo: plain text (see docs/article-format.md for why). */
  caption: z.string().max(TEXT_LIMITS.caption),
  /** "Ảnh: …" */
  credit: z.string().max(TEXT_LIMITS.credit),
  alt: z.string().max(TEXT_LIMITS.alt),
});
export type SerializedFigure = z.infer<typeof serializedFigureSchema>;

export const relatedLinkSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('url'), url: z.string().max(TEXT_LIMITS.relatedUrl) }),
  z.strictObject({ kind: z.literal('article'), articleId: z.string().regex(ARTICLE_ID_PATTERN) }),
]);
export type RelatedLink = z.infer<typeof relatedLinkSchema>;

export const relatedItemSchema = z.strictObject({
  /** Stable key for reordering in the UI; not exported. */
  key: z.string().min(1).max(64),
  headline: z.string().max(TEXT_LIMITS.relatedHeadline),
  summary: z.string().max(TEXT_LIMITS.relatedSummary),
  link: relatedLinkSchema.nullable(),
});
export type RelatedItem = z.infer<typeof relatedItemSchema>;

export const DEFAULT_RELATED_HEADING = 'Tin liên quan';
export const RELATED_HEADING_SUGGESTIONS = [
  'Tin liên quan',
  'Tin mới',
  'Xem thêm',
  'Đọc thêm',
] as const;

export const serializedRelatedNewsSchema = z.looseObject({
  type: z.literal('related-news'),
  version: z.literal(1),
  heading: z.string().max(TEXT_LIMITS.relatedHeading),
  items: z.array(relatedItemSchema).max(100),
});
export type SerializedRelatedNews = z.infer<typeof serializedRelatedNewsSchema>;

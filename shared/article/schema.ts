/**
 * The article as stored in `<library>/<id>/article.json` (docs/article-format.md).
 * One schema serves the store (validating what it reads), the bridge (validating
 * what the renderer sends) and the export.
 */
import { z } from 'zod';
import { ARTICLE_ID_PATTERN } from './ids';
import { TEXT_LIMITS } from './limits';

export const CURRENT_SCHEMA_VERSION = 1;

/** A serialized Lexical node. Node-specific fields are checked by the node's own importJSON. */
export interface SerializedNodeShape {
  type: string;
  version: number;
  children?: SerializedNodeShape[];
  [key: string]: unknown;
}

export const serializedNodeSchema: z.ZodType<SerializedNodeShape> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1).max(64),
    version: z.number().int().nonnegative(),
    children: z.array(serializedNodeSchema).optional(),
  }),
);

export const bodySchema = z.looseObject({
  root: z.looseObject({
    type: z.literal('root'),
    version: z.number().int().nonnegative(),
    children: z.array(serializedNodeSchema),
  }),
});
export type ArticleBody = z.infer<typeof bodySchema>;

export const ARTICLE_STATUSES = ['draft', 'ready', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const articleMetaSchema = z.strictObject({
  slug: z.string().max(TEXT_LIMITS.slug),
  category: z.string().max(TEXT_LIMITS.category),
  tags: z.array(z.string().max(TEXT_LIMITS.tag)).max(50),
  status: z.enum(ARTICLE_STATUSES),
  /** Editor's notes: never exported. */
  notes: z.string().max(TEXT_LIMITS.notes),
  /** Where the article is published, when it is: related-news links resolve to it. */
  publishedUrl: z.string().max(TEXT_LIMITS.publishedUrl).optional(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const articleSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: z.string().regex(ARTICLE_ID_PATTERN),
  headline: z.string().max(TEXT_LIMITS.headline),
  sapo: z.string().max(TEXT_LIMITS.sapo),
  byline: z.string().max(TEXT_LIMITS.byline),
  body: bodySchema,
  meta: articleMetaSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Article = z.infer<typeof articleSchema>;

/** What the library list shows: cheap to compute, no body. */
export interface ArticleSummary {
  id: string;
  headline: string;
  sapo: string;
  status: ArticleStatus;
  updatedAt: string;
  slug: string;
  publishedUrl?: string;
}

/** An article folder the store could not read: listed so the user can act, never rewritten. */
export interface DamagedArticle {
  id: string;
  code: 'corrupt' | 'unsupported-version' | 'invalid';
  message: string;
}

export function emptyBody(): ArticleBody {
  return {
    root: {
      type: 'root',
      version: 1,
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [],
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
        },
      ],
      direction: null,
      format: '',
      indent: 0,
    },
  };
}

export function newArticle(id: string, now: Date): Article {
  const iso = now.toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    headline: '',
    sapo: '',
    byline: '',
    body: emptyBody(),
    meta: { slug: '', category: '', tags: [], status: 'draft', notes: '' },
    createdAt: iso,
    updatedAt: iso,
  };
}

export function summarize(article: Article): ArticleSummary {
  const summary: ArticleSummary = {
    id: article.id,
    headline: article.headline,
    sapo: article.sapo,
    status: article.meta.status,
    updatedAt: article.updatedAt,
    slug: article.meta.slug,
  };
  if (article.meta.publishedUrl) summary.publishedUrl = article.meta.publishedUrl;
  return summary;
}

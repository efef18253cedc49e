/**
 * Requests that carry an article (a save, a journal write) carry it whole or
 * as a delta of the version the host last wrote (shared/article/article-delta.ts),
 * exactly one of the two.
 */
import type { z } from 'zod';
import type { Article } from '../article/schema';
import type { ArticleDelta } from '../article/article-delta';

type WithPayload = z.ZodType<{ article?: Article | undefined; delta?: ArticleDelta | undefined }>;

export function withArticleOrDelta<S extends WithPayload>(schema: S): S {
  return schema.refine(
    (request) => (request.article === undefined) !== (request.delta === undefined),
    {
      message: 'Send either the article or a delta of it, exactly one.',
      path: ['article'],
    },
  ) as unknown as S;
}

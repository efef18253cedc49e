/**
 * An article sent as a change of a version the host already holds: the
 * fields, the body's root, and each top-level block either in full or as the
 * index of the same block in that version's body.
 *
 * Why: an autosave used to send the whole article (≈ 120 KB at 10,000 words)
 * and the recovery journal sent it again about once a second while typing.
 * Handing that body to the network stack alone cost ≈ 5 ms of the renderer's
 * main thread per request (over the 4 ms autosave budget; in Electron the
 * structured clone of IPC costs about as much). Between two saves one block
 * usually changed, so a delta is a few hundred bytes.
 *
 * The base is always a version the host itself wrote for a save of this
 * renderer and acknowledged, or, before the session's first save, the version
 * it loaded for the session (renderer/src/article/saved-blocks.ts), named by
 * its revision; the host keeps the article of its last write or load per
 * article (electron/services/written-articles.ts) and answers `unknown-base`
 * when it no longer holds that revision, and the renderer then sends the
 * whole article. The delta never replaces the save's own `baseRevision` check
 * against the file on disk.
 */
import { z } from 'zod';
import { REVISION_PATTERN } from './ids';
import {
  articleSchema,
  serializedNodeSchema,
  type Article,
  type SerializedNodeShape,
} from './schema';

/** Far above any real article (10,000 words are ≈ 200 blocks); bounds a hostile request. */
export const MAX_DELTA_BLOCKS = 100_000;

export const articleDeltaSchema = z.strictObject({
  /** The revision of the version whose blocks the indexes name. */
  base: z.string().regex(REVISION_PATTERN),
  /** Every field of the article but the body. */
  fields: articleSchema.omit({ body: true }),
  /** The body root's own fields (direction, format, …), without its children. */
  root: z.looseObject({
    type: z.literal('root'),
    version: z.number().int().nonnegative(),
    children: z.never().optional(),
  }),
  /** The top-level blocks in order: a serialized block, or the index of an unchanged one in the base. */
  blocks: z
    .array(z.union([z.number().int().min(0).max(MAX_DELTA_BLOCKS), serializedNodeSchema]))
    .max(MAX_DELTA_BLOCKS),
});
export type ArticleDelta = z.infer<typeof articleDeltaSchema>;

/** A save or journal write carries the article or a delta of it, never both. */
export type ArticlePayload = { article: Article } | { delta: ArticleDelta };

/**
 * What the renderer sends for `article` when the host holds `base`: each block
 * found in `baseIndex` (a block object of that version → its position there)
 * goes as its index. The caller guarantees that a block object in the index is
 * never mutated (the body serializer freezes them), so identity means equality.
 */
export function encodeArticleDelta(
  article: Article,
  base: { revision: string; index: ReadonlyMap<object, number> },
): ArticleDelta {
  const { body, ...fields } = article;
  const { children, ...root } = body.root;
  return {
    base: base.revision,
    fields,
    root: root as ArticleDelta['root'],
    blocks: children.map((block) => base.index.get(block) ?? block),
  };
}

/** The article a delta describes on top of `base` (the version named by `delta.base`). */
export function applyArticleDelta(
  base: Article,
  delta: ArticleDelta,
): { ok: true; article: Article } | { ok: false; message: string } {
  const baseBlocks = base.body.root.children;
  const children: SerializedNodeShape[] = [];
  for (const [position, block] of delta.blocks.entries()) {
    if (typeof block !== 'number') {
      children.push(block);
      continue;
    }
    const same = baseBlocks[block];
    if (same === undefined) {
      return {
        ok: false,
        message: `Block ${position} names block ${block} of the saved version, which has ${baseBlocks.length}.`,
      };
    }
    children.push(same);
  }
  const { children: _none, ...root } = delta.root;
  return {
    ok: true,
    article: { ...delta.fields, body: { root: { ...root, children } } },
  };
}

import { describe, expect, it } from 'vitest';
import { WrittenArticles } from '../../../electron/services/written-articles';
import { encodeArticleDelta } from '../../../shared/article/article-delta';
import { newArticle } from '../../../shared/article/schema';
import { withParagraphs } from '../../support/article-builders';

const idOf = (n: number) => `a1b2c3d4-0000-4000-8000-${String(n).padStart(12, '0')}`;
const revOf = (n: number) => n.toString(16).padStart(64, '0');
const articleOf = (n: number) =>
  withParagraphs(newArticle(idOf(n), new Date('2026-01-02T03:04:05.000Z')), [`Bài ${n}`]);
/** A delta of article n that keeps its one block. */
const deltaOf = (n: number) =>
  encodeArticleDelta(articleOf(n), { revision: revOf(n), index: new Map() });

describe('WrittenArticles', () => {
  it('resolves a delta against the version it names, and only that one', () => {
    const written = new WrittenArticles();
    const article = articleOf(1);
    written.remember(article.id, revOf(1), article);
    const delta = { ...deltaOf(1), blocks: [0] };
    expect(written.expand(delta)).toEqual({ ok: true, value: article });
    expect(written.expand({ ...delta, base: revOf(2) })).toMatchObject({
      ok: false,
      error: { code: 'unknown-base' },
    });
    written.forget(article.id);
    expect(written.expand(delta)).toMatchObject({ ok: false, error: { code: 'unknown-base' } });
  });

  it('holds its articles frozen: a caller changing one in place fails loudly', () => {
    const written = new WrittenArticles();
    const article = articleOf(1);
    written.remember(article.id, revOf(1), article);
    const block = article.body.root.children[0] as { type: string };
    expect(() => {
      block.type = 'heading';
    }).toThrow(TypeError);
    expect(written.expand({ ...deltaOf(1), blocks: [0] })).toEqual({
      ok: true,
      value: articleOf(1),
    });
  });

  it('keeps only the most recently written articles', () => {
    const written = new WrittenArticles(3);
    for (const n of [1, 2, 3]) written.remember(idOf(n), revOf(n), articleOf(n));
    written.remember(idOf(1), revOf(1), articleOf(1)); // written again: now the newest
    written.remember(idOf(4), revOf(4), articleOf(4)); // pushes out 2, the oldest
    const held = [1, 2, 3, 4].map((n) => written.expand({ ...deltaOf(n), blocks: [0] }).ok);
    expect(held).toEqual([true, false, true, true]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  applyArticleDelta,
  articleDeltaSchema,
  encodeArticleDelta,
} from '../../../shared/article/article-delta';
import { newArticle } from '../../../shared/article/schema';
import { requestSchemas } from '../../../shared/ipc/channels';
import { withParagraphs } from '../../support/article-builders';

const ID = 'a1b2c3d4-0000-4000-8000-000000000001';
const REV = 'a'.repeat(64);
const base = withParagraphs(newArticle(ID, new Date('2026-01-02T03:04:05.000Z')), [
  'Một',
  'Hai',
  'Ba',
]);
const indexOf = (blocks: readonly object[]) =>
  new Map(blocks.map((block, position) => [block, position] as const));

describe('article deltas', () => {
  it('send unchanged blocks as their index and rebuild the same article', () => {
    const [one, two, three] = base.body.root.children;
    const edited = withParagraphs(base, ['x']);
    const changed = edited.body.root.children[0]!;
    // Moved, changed, unchanged: the second block now comes first.
    const next = {
      ...base,
      headline: 'Tít mới',
      body: { root: { ...base.body.root, children: [two!, changed, three!, one!] } },
    };
    const delta = encodeArticleDelta(next, {
      revision: REV,
      index: indexOf(base.body.root.children),
    });
    expect(delta.blocks).toEqual([1, changed, 2, 0]);
    expect(delta.base).toBe(REV);
    expect('body' in delta.fields).toBe(false);
    expect('children' in delta.root).toBe(false);
    expect(articleDeltaSchema.safeParse(delta).success).toBe(true);

    const applied = applyArticleDelta(base, delta);
    expect(applied).toEqual({ ok: true, article: next });
  });

  it('refuse an index past the end of the base', () => {
    const delta = encodeArticleDelta(base, { revision: REV, index: indexOf([]) });
    const result = applyArticleDelta(base, { ...delta, blocks: [0, 3] });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/block 3/) });
  });

  it('are checked by the schema: the root carries no children, indexes are whole and bounded', () => {
    const delta = encodeArticleDelta(base, { revision: REV, index: indexOf([]) });
    const refuse = (value: unknown) =>
      expect(articleDeltaSchema.safeParse(value).success).toBe(false);
    refuse({ ...delta, root: { ...delta.root, children: [] } });
    refuse({ ...delta, blocks: [-1] });
    refuse({ ...delta, blocks: [1.5] });
    refuse({ ...delta, blocks: [{ type: 'paragraph' }] });
    refuse({ ...delta, base: '../x' });
    refuse({ ...delta, fields: { ...delta.fields, body: base.body } });
    refuse({ ...delta, extra: 1 });
  });

  it('travel in a save or a journal write instead of the article, never with it', () => {
    const delta = encodeArticleDelta(base, { revision: REV, index: indexOf([]) });
    const save = requestSchemas['article:save'];
    const journal = requestSchemas['journal:write'];
    const journalFields = { baseRevision: REV, session: 'session-0001', sequence: 1 };
    expect(save.safeParse({ baseRevision: REV, delta }).success).toBe(true);
    expect(save.safeParse({ baseRevision: REV, article: base }).success).toBe(true);
    expect(save.safeParse({ baseRevision: REV, article: base, delta }).success).toBe(false);
    expect(save.safeParse({ baseRevision: REV }).success).toBe(false);
    expect(journal.safeParse({ ...journalFields, delta }).success).toBe(true);
    expect(journal.safeParse({ ...journalFields, article: base, delta }).success).toBe(false);
    expect(journal.safeParse(journalFields).success).toBe(false);
  });
});

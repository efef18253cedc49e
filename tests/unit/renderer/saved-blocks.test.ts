import { describe, expect, it } from 'vitest';
import { SavedBlocks } from '../../../renderer/src/article/saved-blocks';
import type { ArticlePayload } from '../../../shared/article/article-delta';
import { newArticle, type Article } from '../../../shared/article/schema';
import type { Result } from '../../../shared/ipc/result';
import { withParagraphs } from '../../support/article-builders';

const ID = 'a1b2c3d4-0000-4000-8000-000000000001';
const REV1 = '1'.repeat(64);

/** Blocks as the body serializer hands them out: frozen, shared while unchanged. */
function frozenArticle(texts: string[]): Article {
  const article = withParagraphs(newArticle(ID, new Date('2026-01-02T03:04:05.000Z')), texts);
  for (const block of article.body.root.children) Object.freeze(block);
  return article;
}

const okResult: Result<string> = { ok: true, value: 'done' };

/** A host that holds no base (it restarted): it records each payload, refuses deltas, takes whole articles. */
function hostWithoutBase(sent: ArticlePayload[]) {
  return async (payload: ArticlePayload): Promise<Result<string>> => {
    sent.push(payload);
    return 'delta' in payload
      ? { ok: false, error: { code: 'unknown-base', message: 'restarted' } }
      : okResult;
  };
}

/** A copy whose objects list their keys in reverse order (a file written by another serializer). */
function keysReversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(keysReversed) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, keysReversed(item)]),
  ) as T;
}

describe('SavedBlocks', () => {
  it('sends the first save whole, then only the blocks changed since the last save', async () => {
    const saved = new SavedBlocks();
    const first = frozenArticle(['Một', 'Hai', 'Ba']);
    const sent: ArticlePayload[] = [];
    const send = async (payload: ArticlePayload) => (sent.push(payload), okResult);

    await saved.send(first, send);
    expect(sent[0]).toEqual({ article: first });
    saved.saved(first, REV1);

    const [one, , three] = first.body.root.children;
    const changed = frozenArticle(['Hai, sửa']).body.root.children[0]!;
    const next = {
      ...first,
      body: { root: { ...first.body.root, children: [one!, changed, three!] } },
    };
    await saved.send(next, send);
    expect(sent[1]).toMatchObject({ delta: { base: REV1, blocks: [0, changed, 2] } });
  });

  it('before the first save, names the blocks equal (as values) to those of the version opened', async () => {
    const saved = new SavedBlocks();
    // What the host sent: plain objects, keys in the file's order, not the serializer's.
    const opened = withParagraphs(newArticle(ID, new Date('2026-01-02T03:04:05.000Z')), [
      'Một',
      'Hai',
      'Ba',
    ]);
    saved.loaded(keysReversed(opened), REV1);
    // The editor's first snapshot: new frozen objects, the second block edited.
    const snapshot = frozenArticle(['Một', 'Hai, sửa', 'Ba']);
    const sent: ArticlePayload[] = [];
    await saved.send(snapshot, async (payload) => (sent.push(payload), okResult));
    const [one, changed, three] = snapshot.body.root.children;
    expect(sent).toEqual([
      { delta: expect.objectContaining({ base: REV1, blocks: [0, changed, 2] }) },
    ]);
    expect(one).not.toBe(opened.body.root.children[0]);
    expect(three).toEqual(opened.body.root.children[2]);

    // After a save, the save is the base, as before.
    const REV2 = '2'.repeat(64);
    saved.saved(snapshot, REV2);
    expect(saved.payload(snapshot)).toMatchObject({ delta: { base: REV2, blocks: [0, 1, 2] } });
  });

  it('finds an opened block a few places from where it was (blocks added above it)', () => {
    const saved = new SavedBlocks();
    const texts = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu'];
    saved.loaded(keysReversed(frozenArticle(texts)), REV1);
    const snapshot = frozenArticle(['Mới 1', 'Mới 2', ...texts]);
    const payload = saved.payload(snapshot);
    const [new1, new2] = snapshot.body.root.children;
    expect(payload).toMatchObject({ delta: { blocks: [new1, new2, 0, 1, 2, 3, 4, 5] } });
  });

  it('matches the version opened only once the editor has made its blocks', () => {
    const saved = new SavedBlocks();
    const opened = withParagraphs(newArticle(ID, new Date('2026-01-02T03:04:05.000Z')), ['Một']);
    saved.loaded(opened, REV1);
    // Before the editor is attached the snapshot is the opened body itself, unfrozen.
    expect(saved.payload(opened)).toEqual({ article: opened });
    const snapshot = frozenArticle(['Một']);
    expect(saved.payload(snapshot)).toMatchObject({ delta: { base: REV1, blocks: [0] } });
  });

  it('sends in full a block that only looks equal: a Date is not an empty object', () => {
    const saved = new SavedBlocks();
    const opened = frozenArticle(['Một']);
    const block = { ...opened.body.root.children[0]!, extra: {} };
    saved.loaded({ ...opened, body: { root: { ...opened.body.root, children: [block] } } }, REV1);
    const dated = Object.freeze({ ...block, extra: new Date(0) });
    const snapshot = { ...opened, body: { root: { ...opened.body.root, children: [dated] } } };
    expect(saved.payload(snapshot as Article)).toMatchObject({ delta: { blocks: [dated] } });
  });

  it('sends the whole article when the host no longer holds the version opened', async () => {
    const saved = new SavedBlocks();
    const opened = frozenArticle(['Một', 'Hai']);
    saved.loaded(opened, REV1);
    const sent: ArticlePayload[] = [];
    const send = hostWithoutBase(sent);
    expect(await saved.send(opened, send)).toEqual(okResult);
    expect(await saved.send(opened, send)).toEqual(okResult);
    expect(sent.map((payload) => Object.keys(payload)[0])).toEqual(['delta', 'article', 'article']);
  });

  it('never names a block that is not frozen (it could have changed since)', () => {
    const saved = new SavedBlocks();
    const loose = withParagraphs(newArticle(ID, new Date('2026-01-02T03:04:05.000Z')), ['Một']);
    saved.saved(loose, REV1);
    const payload = saved.payload(loose);
    expect(payload).toMatchObject({ delta: { blocks: [loose.body.root.children[0]] } });
  });

  it('sends the whole article again when the host no longer holds the base, and from then on', async () => {
    const saved = new SavedBlocks();
    const first = frozenArticle(['Một', 'Hai']);
    saved.saved(first, REV1);
    const sent: ArticlePayload[] = [];
    const send = hostWithoutBase(sent);
    expect(await saved.send(first, send)).toEqual(okResult);
    expect(sent.map((payload) => Object.keys(payload)[0])).toEqual(['delta', 'article']);
    expect(saved.payload(first)).toEqual({ article: first });
  });

  it('passes other failures through without resending', async () => {
    const saved = new SavedBlocks();
    const first = frozenArticle(['Một']);
    saved.saved(first, REV1);
    let calls = 0;
    const conflict: Result<string> = {
      ok: false,
      error: { code: 'conflict', message: 'changed on disk' },
    };
    expect(await saved.send(first, async () => ((calls += 1), conflict))).toBe(conflict);
    expect(calls).toBe(1);
  });
});

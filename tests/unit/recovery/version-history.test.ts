/** Version history: snapshots on save at most every few minutes, restore and undo, pruning by age. */
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../electron/services/article-store';
import {
  snapshotsToPrune,
  VersionHistory,
  parseSnapshotId,
} from '../../../electron/services/version-history';
import type { Article } from '../../../shared/article/schema';
import { DEFAULT_HISTORY_SETTINGS } from '../../../shared/settings';
import { bodyParagraphs } from '../../../shared/recovery/article-diff';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function withText(article: Article, text: string): Article {
  const paragraph = {
    type: 'paragraph',
    version: 1,
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  };
  return {
    ...article,
    body: { root: { ...article.body.root, children: [paragraph] } } as unknown as Article['body'],
  };
}

async function setUp() {
  let now = Date.parse('2025-03-01T08:00:00.000Z');
  const clock = () => new Date(now);
  const store = new ArticleStore({
    libraryPath: path.join(await tempDir(), 'library'),
    now: clock,
  });
  const history = new VersionHistory({ store, now: clock });
  const created = await store.create();
  if (!created.ok) throw new Error(created.error.message);
  let revision = created.value.revision;
  const save = async (text: string) => {
    const saved = await store.save(withText(created.value.article, text), revision);
    if (!saved.ok) throw new Error(saved.error.message);
    revision = saved.value.revision;
    await history.afterSave(created.value.article.id);
  };
  return {
    store,
    history,
    id: created.value.article.id,
    save,
    advance: (ms: number) => (now += ms),
  };
}

describe('version history', () => {
  it('snapshots on save at most once per interval, with time, reason and word count', async () => {
    const { history, id, save, advance } = await setUp();
    await save('Một hai ba');
    advance(2 * MINUTE);
    await save('Một hai ba bốn');
    let listed = await history.list(id);
    expect(listed.ok && listed.value.items).toHaveLength(1);
    advance(4 * MINUTE);
    await save('Một hai ba bốn năm');
    listed = await history.list(id);
    if (!listed.ok) throw new Error();
    expect(listed.value.items.map((item) => [item.reason, item.wordCount])).toEqual([
      ['autosave', 5],
      ['autosave', 3],
    ]);
  });

  it('keeps snapshotting after the clock was once ahead: a snapshot from the future does not count', async () => {
    const { history, id, save, advance } = await setUp();
    advance(365 * 24 * 60 * MINUTE); // a wrong clock, a year ahead, for one save
    await save('Một');
    advance(-365 * 24 * 60 * MINUTE); // put right
    await save('Một hai');
    advance(2 * MINUTE);
    await save('Một hai ba'); // within the interval of the last real snapshot
    advance(6 * MINUTE);
    await save('Một hai ba bốn');
    const listed = await history.list(id);
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.items.map((item) => item.wordCount)).toEqual([1, 4, 2]);
  });

  it('a snapshot that ends after its article went to the trash leaves the article restorable', async () => {
    const { store, history, id, save } = await setUp();
    await save('Một hai ba');
    // The article is trashed between the snapshot's read and its write (an
    // export's snapshot while the reporter trashes the article).
    const load = store.load.bind(store);
    store.load = async (articleId) => {
      const loaded = await load(articleId);
      const trashed = await store.trash(articleId);
      if (!trashed.ok) throw new Error(trashed.error.message);
      return loaded;
    };
    const taken = await history.takeSnapshot(id, 'export');
    expect(taken.ok).toBe(false);
    store.load = load;
    // No folder of the article was made again in the library...
    expect(await readdir(store.libraryPath)).not.toContain(id);
    // ...so it comes back from the trash.
    const trash = await store.listTrash();
    if (!trash.ok) throw new Error(trash.error.message);
    const restored = await store.restore(trash.value.items[0]!.trashId);
    expect(restored.ok, JSON.stringify(restored)).toBe(true);
  });

  it('restores a good version over a damaged file, and keeps the damaged file beside it', async () => {
    const { store, history, id, save } = await setUp();
    await save('Bản tốt');
    const folder = path.join(store.libraryPath, id);
    const file = path.join(folder, 'article.json');
    // Cut short by a sync tool or a disk error: the article can no longer be opened...
    const damaged = (await readFile(file, 'utf8')).slice(0, 200);
    await writeFile(file, damaged);
    expect(await store.load(id)).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    // ...nor saved over, but its history is still there.
    const listed = await history.list(id);
    if (!listed.ok) throw new Error(listed.error.message);
    const restored = await history.restore(id, listed.value.items[0]!.snapshotId);
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.undoSnapshotId).toBeNull();
    expect(bodyParagraphs(restored.value.article)).toEqual(['Bản tốt']);
    const loaded = await store.load(id);
    expect(loaded.ok && bodyParagraphs(loaded.value.article)).toEqual(['Bản tốt']);
    const kept = (await readdir(folder)).filter((name) => name.startsWith('article.damaged-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(folder, kept[0]!), 'utf8')).toBe(damaged);
    const listing = await store.list();
    expect(listing.ok && listing.value.damaged).toEqual([]);
  });

  it('replaces only a damaged file: a readable one or a newer Newsdesk’s is left alone', async () => {
    const { store, id, save } = await setUp();
    await save('Bản tốt');
    const loaded = await store.load(id);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(await store.replaceDamaged(withText(loaded.value.article, 'khác'))).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const file = path.join(store.libraryPath, id, 'article.json');
    await writeFile(file, JSON.stringify({ ...loaded.value.article, schemaVersion: 99 }));
    expect(await store.replaceDamaged(withText(loaded.value.article, 'khác'))).toMatchObject({
      ok: false,
      error: { code: 'unsupported-version' },
    });
    expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(99);
  });

  it('never follows a symlinked history folder out of the library, to write, prune or read', async () => {
    const { store, history, id, save } = await setUp();
    const outside = path.join(path.dirname(store.libraryPath), 'outside');
    await mkdir(outside);
    // A file there named like an old snapshot: pruning must never reach it.
    const theirs = path.join(outside, '1600000000000-autosave-1.json');
    await writeFile(theirs, 'của người khác');
    await symlink(outside, path.join(store.libraryPath, id, 'history'));
    await save('Một hai ba');
    expect(await history.takeSnapshot(id, 'export')).toMatchObject({ ok: false });
    expect(await history.list(id)).toMatchObject({ ok: false });
    expect(await history.load(id, '1600000000000-autosave-1')).toMatchObject({ ok: false });
    expect(await readdir(outside)).toEqual(['1600000000000-autosave-1.json']);
    expect(await readFile(theirs, 'utf8')).toBe('của người khác');
  });

  it('restores a snapshot as the current version, and the restore can be undone', async () => {
    const { store, history, id, save, advance } = await setUp();
    await save('bản đầu');
    advance(10 * MINUTE);
    await save('bản sau');
    const listed = await history.list(id);
    if (!listed.ok) throw new Error();
    const first = listed.value.items.find((item) => item.wordCount === 2 && item.snapshotId)!;
    const oldest = listed.value.items[listed.value.items.length - 1]!;
    expect(first).toBeTruthy();
    const restored = await history.restore(id, oldest.snapshotId);
    if (!restored.ok) throw new Error(restored.error.message);
    expect(bodyParagraphs(restored.value.article)).toEqual(['bản đầu']);
    const undone = await history.restore(id, restored.value.undoSnapshotId!);
    if (!undone.ok) throw new Error(undone.error.message);
    const loaded = await store.load(id);
    expect(loaded.ok && bodyParagraphs(loaded.value.article)).toEqual(['bản sau']);
  });

  it('takes a snapshot on request (export) and refuses unknown snapshot ids', async () => {
    const { history, id, save } = await setUp();
    await save('xuất bản');
    const taken = await history.takeSnapshot(id, 'export');
    expect(taken.ok && taken.value.reason).toBe('export');
    expect(await history.load(id, '../../etc/passwd')).toMatchObject({ ok: false });
  });

  it('prunes: all for a day, then the newest of each day for 30 days, then none', () => {
    const now = new Date('2025-03-31T12:00:00.000Z');
    const at = (ms: number, n: number) =>
      parseSnapshotId(`${String(now.getTime() - ms).padStart(13, '0')}-autosave-${n}`)!;
    const recent = [at(1 * MINUTE, 1), at(2 * 60 * MINUTE, 2), at(20 * 60 * MINUTE, 3)];
    const sameOldDay = [at(5 * DAY, 4), at(5 * DAY + 30 * MINUTE, 5)];
    const ancient = [at(31 * DAY, 6)];
    const doomed = snapshotsToPrune(
      [...recent, ...sameOldDay, ...ancient],
      now,
      DEFAULT_HISTORY_SETTINGS,
    );
    expect(doomed.map((info) => info.wordCount).sort()).toEqual([5, 6]);
  });

  it('prunes each kind on its own: a day keeps its export and its last edits', () => {
    const now = new Date('2025-03-31T12:00:00.000Z');
    const at = (ms: number, reason: string, n: number) =>
      parseSnapshotId(`${String(now.getTime() - ms).padStart(13, '0')}-${reason}-${n}`)!;
    const oldDay = [
      at(5 * DAY, 'autosave', 1),
      at(5 * DAY + 10 * MINUTE, 'export', 2),
      at(5 * DAY + 20 * MINUTE, 'export', 3),
      at(5 * DAY + 30 * MINUTE, 'before-restore', 4),
    ];
    const doomed = snapshotsToPrune(oldDay, now, DEFAULT_HISTORY_SETTINGS);
    expect(doomed.map((info) => info.wordCount)).toEqual([3]);
  });

  it('prunes by the days of the machine’s time zone, not UTC days', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Ho_Chi_Minh'; // UTC+7: a day starts at 17:00 UTC
    try {
      const now = new Date('2025-03-31T12:00:00.000Z');
      const snapshot = (iso: string, n: number) =>
        parseSnapshotId(`${String(Date.parse(iso)).padStart(13, '0')}-autosave-${n}`)!;
      // 06:30 and 08:00 on 26 March in Hà Nội: one day there, two UTC days.
      const doomed = snapshotsToPrune(
        [snapshot('2025-03-25T23:30:00.000Z', 1), snapshot('2025-03-26T01:00:00.000Z', 2)],
        now,
        DEFAULT_HISTORY_SETTINGS,
      );
      expect(doomed.map((info) => info.wordCount)).toEqual([1]);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

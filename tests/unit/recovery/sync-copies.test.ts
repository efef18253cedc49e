/**
 * Versions a sync tool kept beside an article (Dropbox's "conflicted copy",
 * Syncthing's ".sync-conflict-", …) are taken into its version history, on
 * real files: nothing in them is lost, and nothing else is touched.
 */
import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../electron/services/article-store';
import { mayBeSyncCopy } from '../../../electron/services/sync-copies';
import { snapshotsToPrune, VersionHistory } from '../../../electron/services/version-history';
import type { Article } from '../../../shared/article/schema';
import { bodyParagraphs } from '../../../shared/recovery/article-diff';
import { DEFAULT_HISTORY_SETTINGS } from '../../../shared/settings';
import { useTempDirs } from '../services/temp-dir';
import { withParagraphs } from '../../support/article-builders';

const tempDir = useTempDirs();
const DAY = 24 * 60 * 60 * 1000;

const withText = (article: Article, text: string): Article => withParagraphs(article, [text]);

async function setUp() {
  const now = Date.parse('2026-11-29T10:00:00.000Z');
  const clock = () => new Date(now);
  const store = new ArticleStore({
    libraryPath: path.join(await tempDir(), 'library'),
    now: clock,
  });
  const history = new VersionHistory({ store, now: clock });
  const created = await store.create();
  if (!created.ok) throw new Error(created.error.message);
  const article = withText(created.value.article, 'Bản trên máy này');
  const saved = await store.save(article, created.value.revision);
  if (!saved.ok) throw new Error(saved.error.message);
  const folder = path.join(store.libraryPath, article.id);
  /** Writes `name` in the article's folder as a sync tool would: the other machine's article.json. */
  const copy = (name: string, text: string, updatedAt = '2026-11-29T09:41:00.000Z') =>
    writeFile(
      path.join(folder, name),
      JSON.stringify({ ...withText(article, text), updatedAt }, null, 2),
    );
  return { store, history, article, folder, copy, now };
}

describe('which files may be sync copies', () => {
  it.each([
    "article (Lan's conflicted copy 2026-11-29).json",
    'article (conflicted copy 2026-11-29 101500).json',
    'article.sync-conflict-20261129-101500-ABCDEFG.json',
    'article-LAPTOP-LAN.json',
    'article (1).json',
    'Article (1).JSON',
  ])('%s may be', (name) => {
    expect(mayBeSyncCopy(name)).toBe(true);
  });

  it.each([
    'article.json',
    'article.damaged-1764410000000.json',
    'article.damaged-1764410000000-2.json',
    'article.json.3f9a2c1b7d4e', // a temp file of a killed write
    'notes.json',
    'history',
  ])('%s is not', (name) => {
    expect(mayBeSyncCopy(name)).toBe(false);
  });
});

describe('taking sync copies into the history', () => {
  it("moves a colleague's version into the history, dated when it was saved, and removes the file", async () => {
    const { store, history, article, folder, copy } = await setUp();
    const name = "article (Lan's conflicted copy 2026-11-29).json";
    await copy(name, 'Bản trên máy của Lan');
    const before = await readFile(path.join(folder, 'article.json'), 'utf8');

    const result = await history.takeInSyncCopies(article.id);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.taken.map((info) => [info.reason, info.takenAt, info.wordCount])).toEqual([
      ['sync-copy', '2026-11-29T09:41:00.000Z', 5],
    ]);
    const snapshot = await history.load(article.id, result.value.taken[0]!.snapshotId);
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    expect(bodyParagraphs(snapshot.value.article)).toEqual(['Bản trên máy của Lan']);
    expect(await readdir(folder)).not.toContain(name);
    // The article itself is as it was.
    expect(await readFile(path.join(folder, 'article.json'), 'utf8')).toBe(before);
    const loaded = await store.load(article.id);
    expect(loaded.ok && bodyParagraphs(loaded.value.article)).toEqual(['Bản trên máy này']);
    // Listed with the rest, so Version history shows it.
    const listed = await history.list(article.id);
    expect(listed.ok && listed.value.items.map((item) => item.reason)).toContain('sync-copy');
  });

  it('takes in every copy, and dates one saved "in the future" (a clock ahead) now', async () => {
    const { history, article, folder, copy, now } = await setUp();
    await copy(
      'article.sync-conflict-20261129-101500-ABCDEFG.json',
      'Một',
      '2027-01-01T00:00:00.000Z',
    );
    await copy('article-LAPTOP-LAN.json', 'Một hai');
    const result = await history.takeInSyncCopies(article.id);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.taken.map((info) => info.takenAt).sort()).toEqual([
      '2026-11-29T09:41:00.000Z',
      new Date(now).toISOString(),
    ]);
    expect((await readdir(folder)).filter((name) => name.endsWith('.json'))).toEqual([
      'article.json',
    ]);
  });

  it('only removes a copy with the same content as the article: it holds nothing more', async () => {
    const { history, article, folder, copy } = await setUp();
    await copy('article (1).json', 'Bản trên máy này', '2026-11-29T08:00:00.000Z');
    const result = await history.takeInSyncCopies(article.id);
    expect(result.ok && result.value.taken).toEqual([]);
    expect(await readdir(folder)).not.toContain('article (1).json');
    const listed = await history.list(article.id);
    expect(listed.ok && listed.value.items.map((item) => item.reason)).not.toContain('sync-copy');
  });

  it("leaves alone what does not read as this article: damaged, another article's, a link", async () => {
    const { store, history, article, folder } = await setUp();
    await writeFile(path.join(folder, 'article (conflicted copy).json'), '{"id": "cut sh');
    const other = await store.create();
    if (!other.ok) throw new Error(other.error.message);
    await writeFile(
      path.join(folder, 'article (2).json'),
      JSON.stringify(withText(other.value.article, 'Bài khác')),
    );
    // A link to a file outside the library, even one that reads as this article.
    const outside = path.join(path.dirname(store.libraryPath), 'elsewhere.json');
    await writeFile(outside, JSON.stringify(withText(article, 'Từ ngoài thư viện')));
    await symlink(outside, path.join(folder, 'article (3).json'));
    const result = await history.takeInSyncCopies(article.id);
    expect(result.ok && result.value.taken).toEqual([]);
    expect((await readdir(folder)).sort()).toEqual(
      expect.arrayContaining([
        'article (2).json',
        'article (3).json',
        'article (conflicted copy).json',
      ]),
    );
  });

  it('a copy the tool writes again during the take-in is left for the next look, not deleted', async () => {
    const { store, history, article, folder, copy } = await setUp();
    const name = 'article (1).json';
    await copy(name, 'Bản thứ nhất của Lan');
    // The tool writes under the same name again right after the copy was moved aside.
    const read = store.readSyncCopy.bind(store);
    let wroteAgain = false;
    store.readSyncCopy = async (id, fileName) => {
      if (fileName !== name && !wroteAgain) {
        wroteAgain = true;
        await copy(name, 'Bản thứ hai của Lan');
      }
      return read(id, fileName);
    };
    const first = await history.takeInSyncCopies(article.id);
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.taken).toHaveLength(1);
    expect(await readdir(folder)).toContain(name);
    store.readSyncCopy = read;
    const second = await history.takeInSyncCopies(article.id);
    if (!second.ok) throw new Error(second.error.message);
    expect(second.value.taken).toHaveLength(1);
    const texts = [];
    for (const info of [...first.value.taken, ...second.value.taken]) {
      const loaded = await history.load(article.id, info.snapshotId);
      if (!loaded.ok) throw new Error(loaded.error.message);
      texts.push(bodyParagraphs(loaded.value.article)[0]);
    }
    expect(texts).toEqual(['Bản thứ nhất của Lan', 'Bản thứ hai của Lan']);
    expect(await readdir(folder)).not.toContain(name);
  });

  it('takes one version in once: two looks at once, or two copies of the same text', async () => {
    const { history, article, copy } = await setUp();
    await copy('article (1).json', 'Bản của Lan');
    await copy('article (2).json', 'Bản của Lan');
    const [a, b] = await Promise.all([
      history.takeInSyncCopies(article.id),
      history.takeInSyncCopies(article.id),
    ]);
    if (!a.ok || !b.ok) throw new Error('a look failed');
    expect(a.value.taken.length + b.value.taken.length).toBe(1);
    // A copy of a version already in the history is only removed.
    await copy('article (3).json', 'Bản của Lan');
    const again = await history.takeInSyncCopies(article.id);
    expect(again.ok && again.value.taken).toEqual([]);
    const listed = await history.list(article.id);
    expect(
      listed.ok && listed.value.items.filter((item) => item.reason === 'sync-copy'),
    ).toHaveLength(1);
  });

  it('a copy dated before 1970 is listed, dated at the earliest time a snapshot can have', async () => {
    const { history, article, copy } = await setUp();
    await copy('article (1).json', 'Bản cũ', '1969-12-31T00:00:00.000Z');
    const result = await history.takeInSyncCopies(article.id);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.taken.map((info) => info.takenAt)).toEqual(['1970-01-01T00:00:00.000Z']);
    const listed = await history.list(article.id);
    expect(listed.ok && listed.value.items.map((item) => item.reason)).toContain('sync-copy');
  });

  it('a copy that cannot be taken in is named and left under its own name; the rest are taken', async () => {
    const { history, article, folder, copy } = await setUp();
    await copy('article (1).json', 'Bản một');
    // The history cannot be written: its name is taken by a file.
    await writeFile(path.join(folder, 'history'), 'not a folder');
    const result = await history.takeInSyncCopies(article.id);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.taken).toEqual([]);
    expect(result.value.left.map((copy) => copy.fileName)).toEqual(['article (1).json']);
    expect(await readdir(folder)).toContain('article (1).json');
    // Once the history can be written, the copy is taken in.
    await rm(path.join(folder, 'history'));
    await mkdir(path.join(folder, 'history'));
    const again = await history.takeInSyncCopies(article.id);
    expect(again.ok && again.value.taken).toHaveLength(1);
  });

  it('an article trashed during a take-in is answered, not thrown, and its copy goes with it', async () => {
    const { store, history, article, copy } = await setUp();
    await copy('article (1).json', 'Bản của Lan');
    const load = store.load.bind(store);
    store.load = async (id) => {
      const loaded = await load(id);
      const trashed = await store.trash(id);
      if (!trashed.ok) throw new Error(trashed.error.message);
      return loaded;
    };
    const result = await history.takeInSyncCopies(article.id);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    store.load = load;
    const trash = await store.listTrash();
    if (!trash.ok) throw new Error(trash.error.message);
    const trashFolder = path.join(store.libraryPath, '.trash', trash.value.items[0]!.trashId);
    expect(await readdir(trashFolder)).toContain('article (1).json');
  });

  it("a copy saved a minute ago elsewhere does not hold back this machine's own snapshots", async () => {
    const { store, history, article, copy } = await setUp();
    await copy('article (1).json', 'Bản của Lan', '2026-11-29T09:59:00.000Z');
    const taken = await history.takeInSyncCopies(article.id);
    expect(taken.ok && taken.value.taken).toHaveLength(1);
    const loaded = await store.load(article.id);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const saved = await store.save(
      withText(article, 'Bản mới trên máy này'),
      loaded.value.revision,
    );
    if (!saved.ok) throw new Error(saved.error.message);
    const snapshot = await history.afterSave(article.id);
    expect(snapshot?.reason).toBe('autosave');
  });

  it('reaches a copy behind more damaged look-alikes than one look reads', async () => {
    const { history, article, folder, copy } = await setUp();
    for (let n = 0; n < 55; n += 1)
      await writeFile(path.join(folder, `article (${String(n).padStart(2, '0')}).json`), '{"id": ');
    await copy('article-LAPTOP-LAN.json', 'Bản của Lan'); // sorts after them all
    const first = await history.takeInSyncCopies(article.id);
    expect(first.ok && first.value.taken).toEqual([]);
    // The damaged ones read once are not read again: the next look gets further.
    const second = await history.takeInSyncCopies(article.id);
    expect(second.ok && second.value.taken).toHaveLength(1);
    expect((await readdir(folder)).filter((name) => name.startsWith('article ('))).toHaveLength(55);
  });

  it('answers nothing to take for an article without copies, and refuses a bad id', async () => {
    const { history, article } = await setUp();
    const result = await history.takeInSyncCopies(article.id);
    expect(result.ok && result.value.taken).toEqual([]);
    const bad = await history.takeInSyncCopies('../../etc');
    expect(bad.ok).toBe(false);
  });

  it('never prunes a sync copy by age: nobody may have looked at it yet', () => {
    const now = new Date('2026-11-29T10:00:00.000Z');
    const old = (reason: string, days: number) => ({
      snapshotId: `${now.getTime() - days * DAY}-${reason}-10`,
      takenAt: new Date(now.getTime() - days * DAY).toISOString(),
      reason: reason as 'autosave',
      wordCount: 10,
    });
    const pruned = snapshotsToPrune(
      [old('sync-copy', 400), old('autosave', 400), old('sync-copy', 10), old('sync-copy', 10.01)],
      now,
      DEFAULT_HISTORY_SETTINGS,
    );
    expect(pruned.map((info) => info.reason)).toEqual(['autosave']);
  });
});

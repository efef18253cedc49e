/**
 * A snapshot written by a newer Newsdesk (a history synced from a colleague's
 * machine that was updated first) is not a damaged file: the reporter is told
 * to update Newsdesk, as for an article.json from a newer version, and a
 * restore refuses it before anything is written.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../electron/services/article-store';
import { VersionHistory } from '../../../electron/services/version-history';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();

async function withOneSnapshot() {
  const store = new ArticleStore({ libraryPath: path.join(await tempDir(), 'library') });
  const history = new VersionHistory({ store });
  const created = await store.create();
  if (!created.ok) throw new Error(created.error.message);
  const id = created.value.article.id;
  const taken = await history.takeSnapshot(id, 'export');
  if (!taken.ok) throw new Error(taken.error.message);
  const dir = path.join(store.libraryPath, id, 'history');
  const file = path.join(dir, `${taken.value.snapshotId}.json`);
  const data = JSON.parse(await readFile(file, 'utf8'));
  return { history, id, dir, file, data, snapshotId: taken.value.snapshotId };
}

describe('a snapshot from a newer Newsdesk', () => {
  it('is reported as from a newer version, not as damaged, whatever is newer in it', async () => {
    const { history, id, file, data, snapshotId } = await withOneSnapshot();
    const newer = [
      { ...data, format: 2, note: 'a field of format 2' },
      { ...data, article: { ...data.article, schemaVersion: 2 } },
      {
        ...data,
        article: {
          ...data.article,
          body: { root: { ...data.article.body.root, children: [{ type: 'poll', version: 1 }] } },
        },
      },
    ];
    for (const version of newer) {
      await writeFile(file, JSON.stringify(version));
      const loaded = await history.load(id, snapshotId);
      expect(loaded).toMatchObject({ ok: false, error: { code: 'unsupported-version' } });
      expect(!loaded.ok && loaded.error.message).toMatch(/newer Newsdesk/);
    }
  });

  it('is not restored, and nothing is added to the history by the attempt', async () => {
    const { history, id, dir, file, data, snapshotId } = await withOneSnapshot();
    const body = { root: { ...data.article.body.root, children: [{ type: 'poll', version: 1 }] } };
    await writeFile(file, JSON.stringify({ ...data, article: { ...data.article, body } }));
    const restored = await history.restore(id, snapshotId);
    expect(restored).toMatchObject({ ok: false, error: { code: 'unsupported-version' } });
    expect(await readdir(dir)).toEqual([`${snapshotId}.json`]);
  });

  it('a damaged snapshot is still reported as damaged', async () => {
    const { history, id, file, snapshotId } = await withOneSnapshot();
    await writeFile(file, '{"format": 1, "takenAt": ');
    expect(await history.load(id, snapshotId)).toMatchObject({
      ok: false,
      error: { code: 'corrupt' },
    });
  });
});

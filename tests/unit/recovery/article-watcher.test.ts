/** The external-change watcher on real files: external writes reported, our own ignored. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../electron/services/article-store';
import { ArticleWatcher } from '../../../electron/services/article-watcher';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();
const watchers: ArticleWatcher[] = [];
afterEach(async () => {
  await Promise.all(watchers.splice(0).map((watcher) => watcher.close()));
});

async function setUp() {
  const store = new ArticleStore({ libraryPath: path.join(await tempDir(), 'library') });
  const created = await store.create();
  if (!created.ok) throw new Error(created.error.message);
  const changes: { id: string; revision: string | null }[] = [];
  let notify: () => void = () => undefined;
  const watcher = new ArticleWatcher({
    store,
    onExternalChange: (change) => {
      changes.push(change);
      notify();
    },
  });
  watchers.push(watcher);
  await watcher.watch(created.value.article.id, created.value.revision);
  const file = path.join(store.articleDir(created.value.article.id), 'article.json');
  const nextChange = () => new Promise<void>((resolve) => (notify = resolve));
  return { store, watcher, created: created.value, changes, file, nextChange };
}

describe('the article watcher', () => {
  it('reports a change written by another program, with its content hash', async () => {
    const { changes, file, nextChange, created } = await setUp();
    const changed = nextChange();
    const text = (await readFile(file, 'utf8')).replace(
      '"headline": ""',
      '"headline": "Sửa ngoài"',
    );
    await writeFile(file, text);
    await changed;
    expect(changes).toHaveLength(1);
    expect(changes[0]!.id).toBe(created.article.id);
    expect(changes[0]!.revision).not.toBe(created.revision);
  });

  // Up to one re-check interval when the file event itself is missed.
  it(
    'ignores our own saves, then still reports the next external write',
    { timeout: 15_000 },
    async () => {
      const { store, watcher, changes, file, nextChange, created } = await setUp();
      const saved = await watcher.ownWrite(
        created.article.id,
        () => store.save({ ...created.article, headline: 'Của tôi' }, created.revision),
        (result) => (result.ok ? result.value.revision : null),
      );
      expect(saved.ok).toBe(true);
      // Whatever the watcher saw of our save is judged now, with the new revision known.
      await watcher.check();
      expect(changes).toEqual([]);
      const changed = nextChange();
      await writeFile(file, (await readFile(file, 'utf8')).replace('Của tôi', 'Của họ'));
      await changed;
      expect(changes).toHaveLength(1);
    },
  );

  it('a touch that keeps the same bytes is not a change (sync tools touch mtimes)', async () => {
    const { watcher, changes, file } = await setUp();
    await writeFile(file, await readFile(file));
    await watcher.check();
    expect(changes).toEqual([]);
  });
});

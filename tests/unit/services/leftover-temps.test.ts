/**
 * What killed writes leave in an article's folder is removed when the article
 * is next opened, on real files: only our own temp names, only old ones.
 */
import { mkdir, readdir, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ArticleStore } from '../../../electron/services/article-store';
import { isLeftoverTempName } from '../../../electron/services/leftover-temps';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const UUID = '3f2b8c1e-9d4a-4e6b-8f1a-2c3d4e5f6a7b';
const IMAGE = `${'a'.repeat(64)}.jpg`;

describe('leftover temp file names', () => {
  it.each([
    'article.json.3249573285', // write-file-atomic
    'article.json.3f9a2c1b7d4e', // the save's checked write
    '1764410000000-autosave-12.json.123456', // a snapshot's write
    `.${IMAGE}.${UUID}.tmp`, // an image import
  ])('%s is one', (name) => {
    expect(isLeftoverTempName(name)).toBe(true);
  });

  it.each([
    'article.json',
    'article (1).json',
    'article.damaged-1764410000000.json',
    IMAGE,
    'notes.json.bak',
    '.DS_Store',
  ])('%s is not', (name) => {
    expect(isLeftoverTempName(name)).toBe(false);
  });
});

describe('opening an article', () => {
  it('removes old leftovers from its folder, history and images, and nothing else', async () => {
    const store = new ArticleStore({ libraryPath: path.join(await tempDir(), 'library') });
    const created = await store.create();
    if (!created.ok) throw new Error(created.error.message);
    const id = created.value.article.id;
    const folder = path.join(store.libraryPath, id);
    const history = path.join(folder, 'history');
    const assets = path.join(folder, 'assets');
    await mkdir(history);
    await mkdir(assets);
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    const make = async (file: string, old: boolean) => {
      await writeFile(file, 'half a write');
      if (old) await utimes(file, twoHoursAgo, twoHoursAgo);
    };
    await make(path.join(folder, 'article.json.3249573285'), true);
    await make(path.join(folder, 'article.json.3f9a2c1b7d4e'), false); // a write right now
    await make(path.join(folder, 'notes.json.bak'), true); // the reporter's own
    await make(path.join(history, '1764410000000-autosave-12.json.123456'), true);
    await make(path.join(assets, `.${IMAGE}.${UUID}.tmp`), true);

    const loaded = await store.load(id);
    expect(loaded.ok).toBe(true);
    await vi.waitFor(async () => {
      expect((await readdir(history)).length + (await readdir(assets)).length).toBe(0);
    });
    expect((await readdir(folder)).sort()).toEqual([
      'article.json',
      'article.json.3f9a2c1b7d4e',
      'assets',
      'history',
      'notes.json.bak',
    ]);
  });

  it('never follows a symlinked images folder out of the library', async () => {
    const root = await tempDir();
    const store = new ArticleStore({ libraryPath: path.join(root, 'library') });
    const created = await store.create();
    if (!created.ok) throw new Error(created.error.message);
    const id = created.value.article.id;
    const outside = path.join(root, 'outside');
    await mkdir(outside);
    const victim = path.join(outside, `.${IMAGE}.${UUID}.tmp`);
    await writeFile(victim, 'not ours');
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(victim, old, old);
    await symlink(outside, path.join(store.libraryPath, id, 'assets'));
    expect(await store.removeLeftoverTemps(id)).toEqual([]);
    expect(await readdir(outside)).toEqual([`.${IMAGE}.${UUID}.tmp`]);
  });
});

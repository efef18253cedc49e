/**
 * `article:revision` (the web host polls it every two seconds for the open
 * article) and the save's last look before its rename read article.json as
 * it is now. Like a load, they must not open a named pipe and wait on it for
 * ever (a blocked thread-pool thread each: four, and every file operation of
 * main stops), nor read a file far larger than any article at every poll. The
 * trash list's headlines and the history's snapshots are read the same way.
 */
import { execFileSync } from 'node:child_process';
import { constants, openSync, closeSync } from 'node:fs';
import { mkdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import {
  ArticleStore,
  MAX_ARTICLE_FILE_BYTES,
  revisionOnDisk,
} from '../../../electron/services/article-store';
import { openSettings } from '../../../electron/services/settings';
import { VersionHistory } from '../../../electron/services/version-history';
import { REVISION_PATTERN } from '../../../shared/article/ids';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const ID = 'a1b2c3d4-0000-4000-8000-000000000001';

/** Whichever comes first: the promise, or 'timed out' after `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timed out'> {
  return Promise.race([
    promise,
    new Promise<'timed out'>((resolve) => setTimeout(() => resolve('timed out'), ms)),
  ]);
}

/** Lets a reader blocked in open() on the pipe go (it then reads end of file). */
function releasePipe(fifo: string): void {
  try {
    closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
  } catch {
    // No reader waiting: nothing to release.
  }
}

describe('the revision of article.json on disk', () => {
  it('answers for a named pipe called article.json without waiting on it', async () => {
    const root = await tempDir();
    const libraryPath = path.join(root, 'library');
    await mkdir(path.join(libraryPath, ID), { recursive: true });
    const fifo = path.join(libraryPath, ID, 'article.json');
    execFileSync('mkfifo', [fifo]);
    const { dispatch } = createAppServices({
      settings: openSettings({ cwd: path.join(root, 'config'), projectName: 'Newsdesk' }),
      host: 'web',
      systemLocales: ['vi-VN'],
      libraryPath,
      notices: [],
    });
    try {
      const answer = await within(dispatch('article:revision', { id: ID }), 1000);
      expect(answer).not.toBe('timed out');
      // Not a hash of bytes it never read: a stand-in that differs from any
      // revision the editor holds, so the change is noticed and the reload
      // reports the file as damaged.
      expect(answer).toMatchObject({ ok: true, value: { revision: expect.any(String) } });
    } finally {
      releasePipe(fifo);
    }
  });

  it('lists a trashed article whose article.json is a named pipe without waiting on it', async () => {
    const libraryPath = await tempDir();
    const trashed = path.join(libraryPath, '.trash', `${ID}.1740816000000`);
    await mkdir(trashed, { recursive: true });
    const fifo = path.join(trashed, 'article.json');
    execFileSync('mkfifo', [fifo]);
    try {
      const answer = await within(new ArticleStore({ libraryPath }).listTrash(), 1000);
      expect(answer).toMatchObject({ ok: true, value: { items: [{ headline: '' }] } });
    } finally {
      releasePipe(fifo);
    }
  });

  it('refuses a history snapshot that is a named pipe without waiting on it', async () => {
    const store = new ArticleStore({ libraryPath: await tempDir() });
    const created = await store.create();
    if (!created.ok) throw new Error(created.error.message);
    const id = created.value.article.id;
    const history = path.join(store.libraryPath, id, 'history');
    await mkdir(history, { recursive: true });
    const snapshotId = '1740816000000-autosave-12';
    const fifo = path.join(history, `${snapshotId}.json`);
    execFileSync('mkfifo', [fifo]);
    try {
      const answer = await within(new VersionHistory({ store }).load(id, snapshotId), 1000);
      expect(answer).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    } finally {
      releasePipe(fifo);
    }
  });

  it('does not read a file far larger than any article', async () => {
    const file = path.join(await tempDir(), 'article.json');
    await writeFile(file, '');
    await truncate(file, MAX_ARTICLE_FILE_BYTES + 1);
    const first = await revisionOnDisk(file);
    expect(first).toMatch(REVISION_PATTERN);
    // Another large file (another size) is another revision: a change is still seen.
    await truncate(file, MAX_ARTICLE_FILE_BYTES + 2);
    expect(await revisionOnDisk(file)).not.toBe(first);
  });
});

/**
 * The external-change watcher (Electron) re-reads the open article's file at
 * every file event and every two seconds. Replaced by a named pipe (a shared
 * folder may hold anything), a plain read waited for a writer forever: it held
 * one of the four threads every file operation of main shares, and, the checks
 * running one after another, no later change on disk was ever reported. The
 * store and the web host's poll open the file non-blocking and refuse what is
 * not a regular file; the watcher must too, and still report the change.
 */
import { execFileSync } from 'node:child_process';
import { open, rename } from 'node:fs/promises';
import { constants } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../electron/services/article-store';
import { ArticleWatcher } from '../../../electron/services/article-watcher';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const settlesWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);

describe.skipIf(process.platform === 'win32')('the article watcher and a named pipe', () => {
  it('does not wait on a pipe put in the place of article.json, and reports the change', async () => {
    const store = new ArticleStore({ libraryPath: path.join(await tempDir(), 'library') });
    const created = await store.create();
    if (!created.ok) throw new Error(created.error.message);
    const changes: { revision: string | null }[] = [];
    const watcher = new ArticleWatcher({ store, onExternalChange: (c) => changes.push(c) });
    const file = path.join(store.articleDir(created.value.article.id), 'article.json');
    cleanups.push(async () => {
      await watcher.close();
      // A read still waiting on the pipe gets its end of file, so the test
      // process is not left with a thread stuck in it.
      const writer = await open(file, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => null);
      await writer?.close();
    });
    await watcher.watch(created.value.article.id, created.value.revision);

    // Made beside it and renamed into place: one change, not a removal and an addition.
    const pipe = path.join(path.dirname(file), 'pipe');
    execFileSync('mkfifo', [pipe]);
    await rename(pipe, file);

    expect(await settlesWithin(watcher.check(), 3000)).toBe(true);
    // Reported as changed (the editor's reload then finds the file damaged).
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.at(-1)!.revision).not.toBe(created.value.revision);
    expect(changes.at(-1)!.revision).not.toBeNull();
  });
});

/**
 * The library's summary index (`.newsdesk/index.json`, library-index.ts) is
 * read once, before the first listing. A library may be a shared folder and
 * hold anything: a named pipe in the index's place made a plain read wait for
 * a writer forever, and the library was never listed ("Loading…" for good).
 * The index is a cache: anything but a regular file reads as no index, as a
 * damaged one does, and the articles are read instead.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../electron/services/article-store';
import { indexFilePath } from '../../../electron/services/library-index';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const pipes: string[] = [];
afterEach(() => {
  // A read still waiting on a pipe gets its end of file (synchronously: the
  // pool's thread is the one stuck), so no thread stays stuck.
  for (const pipe of pipes.splice(0)) {
    try {
      closeSync(openSync(pipe, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // No reader waiting on it: nothing to release.
    }
  }
});

const settlesWithin = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<'timed out'>((resolve) => setTimeout(resolve, ms, 'timed out')),
  ]);

describe.skipIf(process.platform === 'win32')('the summary index', () => {
  it('a named pipe in its place is no index: the library is still listed', async () => {
    const libraryPath = path.join(await tempDir(), 'library');
    const first = new ArticleStore({ libraryPath });
    const created = await first.create();
    if (!created.ok) throw new Error(created.error.message);
    await first.flushIndex();
    const index = indexFilePath(libraryPath);
    await mkdir(path.dirname(index), { recursive: true });
    execFileSync('rm', ['-f', index]);
    execFileSync('mkfifo', [index]);
    pipes.push(index);

    const listed = await settlesWithin(new ArticleStore({ libraryPath }).list(), 3000);

    expect(listed).not.toBe('timed out');
    const result = listed as Awaited<ReturnType<ArticleStore['list']>>;
    expect(result.ok && result.value.articles.map((a) => a.id)).toEqual([created.value.article.id]);
  });
});

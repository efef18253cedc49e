/**
 * Before an export, every folder of the destination that could be an export
 * is asked whose it is, by reading its marker (export-folders.ts), all at
 * once. The destination is `<library>/exports` in the web host, a folder the
 * reporter picks in Electron: either may be shared, and may hold anything. A
 * named pipe in the marker's place made a plain read wait for a writer
 * forever; four of them held all four threads every file operation of the
 * process shares, so the export never ended and no save reached the disk.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXPORTS_FOLDER_NAME } from '../../../electron/services/article-export';
import { OWNER_FILE } from '../../../electron/services/export-folders';
import type { Result } from '../../../shared/ipc/result';
import { useTempDirs } from '../services/temp-dir';
import { value, webHostLibraryWithArticle } from '../services/web-host-library';

const tempDir = useTempDirs();
const pipes: string[] = [];
afterEach(() => {
  // A read still waiting on a pipe gets its end of file, so no thread stays
  // stuck. Synchronously: with every thread of the pool stuck, an asynchronous
  // open would wait behind them.
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

describe.skipIf(process.platform === 'win32')('export folder markers', () => {
  it(
    'a named pipe in a marker’s place is a folder not ours, and the export still ends',
    { timeout: 15_000 },
    async () => {
      const root = await tempDir();
      const { dispatch, libraryPath, id } = await webHostLibraryWithArticle(
        root,
        'Giá vàng hôm nay',
      );
      for (const name of ['gia-vang-hom-nay', 'a-1', 'b-2', 'c-3', 'd-4']) {
        const folder = path.join(libraryPath, EXPORTS_FOLDER_NAME, name);
        await mkdir(folder, { recursive: true });
        const pipe = path.join(folder, OWNER_FILE);
        execFileSync('mkfifo', [pipe]);
        pipes.push(pipe);
      }

      const exported = await settlesWithin(dispatch('article:export', { id }), 5000);

      expect(exported).not.toBe('timed out');
      // The folder of that name is not taken for the article's own: "-2" beside it.
      expect(value<{ slug: string }>(exported as Result<unknown>).slug).toBe('gia-vang-hom-nay-2');
    },
  );
});

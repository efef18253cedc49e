/**
 * The folders of a folder listing. On Windows a listing (readdir's
 * `withFileTypes`, libuv's scandir) reports every reparse point as a symbolic
 * link, and a sync tool with files on demand (OneDrive, Dropbox) turns each of
 * its folders into one, a cloud placeholder, which lstat knows for the folder
 * it is (libuv/libuv#1522). Taken at the listing's word, a synced library
 * listed no articles and an empty trash. An entry listed as a link is asked
 * again with lstat; a real link (a symlink, a junction) stays out, as the
 * store never follows one out of the library.
 */
import { lstatSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** How many lstats run between two turns of the event loop (as library-index.ts statFiles). */
const LSTAT_CHUNK = 256;

/** The names of the entries that are folders and that `wanted` accepts, in listing order. */
export async function folderNames(
  parent: string,
  entries: readonly Dirent[],
  wanted: (name: string) => boolean,
): Promise<string[]> {
  const names: string[] = [];
  let asked = 0;
  for (const entry of entries) {
    if (!wanted(entry.name)) continue;
    if (entry.isDirectory()) {
      names.push(entry.name);
      continue;
    }
    if (!entry.isSymbolicLink()) continue;
    if (asked > 0 && asked % LSTAT_CHUNK === 0)
      await new Promise<void>((resolve) => setImmediate(resolve));
    asked += 1;
    // Synchronous: a placeholder library asks this of every folder, and
    // promise-based stats cost a thread-pool round trip each.
    const info = lstatSync(join(parent, entry.name), { throwIfNoEntry: false });
    if (info?.isDirectory()) names.push(entry.name);
  }
  return names;
}

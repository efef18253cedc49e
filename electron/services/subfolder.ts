/**
 * Makes a folder inside an article folder (its `assets`, its `history`) only
 * while that article folder exists. Never recursive: an image import or a
 * snapshot that finishes after the article went to the trash would otherwise
 * make the article folder again, hidden from the list (no article.json), and
 * restoring the article from the trash was then refused as "already in the
 * library". Fails with ENOENT when the parent is gone; fine when the folder exists.
 */
import { lstat, mkdir, stat } from 'node:fs/promises';

export async function makeSubfolder(folder: string): Promise<void> {
  try {
    await mkdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
    // Windows answers EPERM, not EEXIST, for a folder that is there on many
    // network shares and read-only drives (nodejs/node#38347).
    if ((await lstat(folder).catch(() => null))?.isDirectory()) return;
    throw error;
  }
}

/**
 * Makes `folder` and any parent it lacks (an export's destination). Recursive
 * mkdir answers EPERM too, for a folder that is there at a drive's root, on a
 * read-only drive or a network share (Node's docs on fs.mkdir): the second
 * export to such a place failed. stat, not lstat: the destination the user
 * named may be a link to a folder.
 */
export async function makeFolderPath(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    if ((await stat(folder).catch(() => null))?.isDirectory()) return;
    throw error;
  }
}

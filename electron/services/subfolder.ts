/**
 * Makes a folder inside an article folder (its `assets`, its `history`) only
 * while that article folder exists. Never recursive: an image import or a
 * snapshot that finishes after the article went to the trash would otherwise
 * make the article folder again, hidden from the list (no article.json), and
 * restoring the article from the trash was then refused as "already in the
 * library". Fails with ENOENT when the parent is gone; fine when the folder exists.
 */
import { lstat, mkdir } from 'node:fs/promises';

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

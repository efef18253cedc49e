/**
 * The web host's export destination, `<library>/exports` (export-handlers.ts):
 * made on first use, and refused when it is anything but a real folder. A
 * library may be a shared or synced folder, so a link in it may have been put
 * there by anyone; an `exports` link to another folder (a synced public
 * folder, a web server's document root) had the reporter's unpublished article
 * and its photos written there. The store, the history and the image folders
 * never follow a link out of the library either.
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { EXPORTS_FOLDER_NAME } from './article-export';
import { fileSystemDetail } from './file-system-detail';
import { makeSubfolder } from './subfolder';

/** `<library>/exports` when it is (or could be made) a real folder inside the library. */
export async function libraryExportsFolder(libraryPath: string): Promise<Result<string>> {
  const folder = path.join(libraryPath, EXPORTS_FOLDER_NAME);
  try {
    // Not recursive: the library itself exists (the article being exported is in it).
    await makeSubfolder(folder);
    if ((await lstat(folder)).isDirectory()) return ok(folder);
  } catch (error) {
    return fail('io', `Could not make ${folder}: ${(error as Error).message}`, {
      detail: fileSystemDetail(error),
    });
  }
  return fail(
    'io',
    `Could not export to ${folder}: it is a link or a file, not a folder of the library.`,
    // The app's own words, in the UI's language (not a system message).
    { detail: { key: 'errors.fs.linkedFolder', params: { path: folder } } },
  );
}

/**
 * Checks the folder `newsdesk export --out` names before any article is
 * exported. A file there (or a file where one of its parent folders should be)
 * is a mistake on the command line: without this check every article of the
 * library failed on its own with the same mkdir error (EEXIST, ENOTDIR), a
 * thousand lines and exit code 1 as if the articles were damaged.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './command';

/** Throws a UsageError when `outDir`, or its nearest existing ancestor, is not a folder. */
export async function checkOutputFolder(outDir: string): Promise<void> {
  for (let folder = outDir; ; folder = path.dirname(folder)) {
    let info;
    try {
      info = await stat(folder);
    } catch (error) {
      // Missing (ENOTDIR: a file is on its way, found further up): export
      // creates it, if its parent allows. Any other failure (permissions) is
      // reported by the export itself, with its reason.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return;
      if (path.dirname(folder) === folder) return;
      continue;
    }
    if (info.isDirectory()) return;
    throw new UsageError(
      folder === outDir
        ? `--out ${outDir} is not a folder: give a folder to export to (it is created if missing).`
        : `--out ${outDir} cannot be created: ${folder} is not a folder.`,
    );
  }
}

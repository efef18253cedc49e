/**
 * What the folder a CLI command is given names: one article folder (it holds
 * article.json, and its library is the parent folder) or a library of article
 * folders. `export` and `check` take either, and refuse anything else alike.
 */
import { lstat, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryListing } from '../../shared/ipc/channels';
import { ARTICLE_FILE_NAME, ArticleStore } from '../services/article-store';
import { UsageError } from './command';

export type ArticleOrLibrary =
  /** `id` is the folder's name; the store checks it against the id inside. */
  | { kind: 'article'; libraryPath: string; id: string }
  /** A library with at least one article folder, readable or damaged. */
  | { kind: 'library'; libraryPath: string; listing: LibraryListing };

/** Every article of a library, readable or damaged; throws when the library cannot be listed. */
export async function listLibrary(libraryPath: string): Promise<LibraryListing> {
  const listing = await new ArticleStore({ libraryPath }).list();
  if (!listing.ok) throw new Error(listing.error.message);
  return listing.value;
}

/**
 * The folder argument as an absolute path. An empty one (`"$LIBRARY"` with the
 * variable unset) names no folder: path.resolve('') is the current folder,
 * which was then exported or checked as if the user had named it.
 */
export function folderArgument(value: string, verb: 'export' | 'check'): string {
  if (value.trim() === '') {
    throw new UsageError(
      `the folder to ${verb} is empty: name an article folder or a library folder ("." for the current folder).`,
    );
  }
  return path.resolve(value);
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

/**
 * Tells an article folder from a library by the article.json an article folder
 * holds. Throws a UsageError for a path that is missing, not a folder, or a
 * folder holding no article at all.
 */
export async function articleOrLibrary(source: string): Promise<ArticleOrLibrary> {
  let info;
  try {
    info = await stat(source);
  } catch {
    throw new UsageError(`${source} does not exist.`);
  }
  if (!info.isDirectory()) {
    throw new UsageError(`${source} is not a folder: give an article folder or a library folder.`);
  }
  if (await isFile(path.join(source, ARTICLE_FILE_NAME))) {
    // A link to an article folder (a shortcut on the desktop) names the folder
    // it leads to, in that folder's library: the store never follows a link in
    // place of an article folder, so the link's own folder held "no such article".
    const folder = (await lstat(source)).isSymbolicLink() ? await realpath(source) : source;
    return { kind: 'article', libraryPath: path.dirname(folder), id: path.basename(folder) };
  }
  const listing = await listLibrary(source);
  if (listing.articles.length === 0 && listing.damaged.length === 0) {
    throw new UsageError(
      `${source} holds no ${ARTICLE_FILE_NAME} and no article folders: give an article folder or a library folder.`,
    );
  }
  return { kind: 'library', libraryPath: source, listing };
}

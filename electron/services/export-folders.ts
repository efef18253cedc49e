/**
 * Whose each folder in an export destination is. Every export folder carries
 * a small marker naming the article it was made for (OWNER_FILE), so that:
 *
 *  - an export replaces only its own article's earlier export: a newer
 *    article with the same headline ("Giá vàng hôm nay" every morning) gets
 *    "-2" instead of taking over yesterday's folder;
 *  - a folder Newsdesk did not make (a reporter's own "bao-cao" in Documents)
 *    is never replaced, and so never deleted.
 *
 * A folder without the marker is never taken for an export, whatever it
 * holds: a static site or another CMS's output has a folder per page with an
 * `index.html` and an `images` folder too, exactly the shape of an export,
 * and replacing it deleted the reporter's files. An export made before the
 * marker existed gets "-2" beside it once.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ARTICLE_ID_PATTERN } from '../../shared/article/ids';
import type { ExistingFolders } from '../../shared/export/export-plan';
import { SLUG_PATTERN } from '../../shared/export/export-slug';
import { readRegularFile } from './regular-file';

/** In each export folder; a dot file, so file managers and uploads usually leave it out of sight. */
export const OWNER_FILE = '.newsdesk-export.json';

/** Far above any marker ownerMarker writes (an id and a slug). */
const MAX_MARKER_BYTES = 4096;

/**
 * The marker's text, or null when it is not a small regular file. The markers
 * of a destination are read all at once: four named pipes in their place held
 * every thread main's file operations share (regular-file.ts).
 */
async function readMarker(file: string): Promise<string | null> {
  return (await readRegularFile(file, MAX_MARKER_BYTES))?.toString('utf8') ?? null;
}

const ownerSchema = z.object({
  articleId: z.string().regex(ARTICLE_ID_PATTERN),
  /** The name the folder was planned from (exportSlug): absent in markers written before it. */
  base: z.string().regex(SLUG_PATTERN).optional(),
});

/**
 * The marker's text for `articleId`, exported under a name planned from
 * `base` (the folder is `base` or `base-N`): a later export under another
 * base (the editor changed the slug from "tet-2025" to "tet") does not take
 * the folder "tet-2025" for its own "-N".
 */
export function ownerMarker(articleId: string, base: string): string {
  return `${JSON.stringify({ articleId, base })}\n`;
}

/**
 * - `article`: an export of that article;
 * - `foreign`: anything else, never replaced.
 */
export type FolderOwner =
  { kind: 'article'; articleId: string; base?: string } | { kind: 'foreign' };

/** Whose the folder `folder` is; null when there is no such folder. */
export async function folderOwner(folder: string): Promise<FolderOwner | null> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    // A file of that name, or one we cannot read: not ours to replace.
    return { kind: 'foreign' };
  }
  if (!names.includes(OWNER_FILE)) return { kind: 'foreign' };
  try {
    const text = await readMarker(path.join(folder, OWNER_FILE));
    if (text === null) return { kind: 'foreign' };
    const marker = ownerSchema.parse(JSON.parse(text));
    return { kind: 'article', articleId: marker.articleId, base: marker.base };
  } catch {
    return { kind: 'foreign' };
  }
}

/** Reads `outDir`'s folders (none when it does not exist yet), for planning an export's folder names. */
export async function readExistingExports(outDir: string): Promise<ExistingFolders> {
  const existing = {
    owners: new Map<string, string>(),
    bases: new Map<string, string>(),
    foreign: new Set<string>(),
  };
  let names: string[];
  try {
    names = await readdir(outDir);
  } catch {
    return existing;
  }
  // Only names an export could take matter: a slug has no dot and no capital.
  // "Bao-Cao" is the same folder as "bao-cao" where names ignore case
  // (macOS, Windows): whatever it is, it is not an export to replace.
  for (const name of names) {
    if (name !== name.toLowerCase() && SLUG_PATTERN.test(name.toLowerCase()))
      existing.foreign.add(name.toLowerCase());
  }
  const candidates = names.filter((name) => SLUG_PATTERN.test(name));
  const owners = await Promise.all(candidates.map((name) => folderOwner(path.join(outDir, name))));
  candidates.forEach((name, index) => {
    const owner = owners[index];
    if (owner?.kind === 'article') {
      existing.owners.set(name, owner.articleId);
      if (owner.base !== undefined) existing.bases.set(name, owner.base);
    } else if (owner?.kind === 'foreign') existing.foreign.add(name);
  });
  return existing;
}

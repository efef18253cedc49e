/**
 * Copying a stored figure image into another article, for a figure pasted from
 * one article into another: the figure carries only its asset id, and each
 * article keeps its own assets folder (so trashing or exporting an article takes
 * its images along and never touches another's).
 *
 * The asset id is the SHA-256 of the stored bytes, so any article holding a file
 * of that name holds the same image. The source is the article the renderer says
 * the figure came from when it knows (`fromArticleId`), else the first article of
 * the library that has it, else a trashed article's folder (the edits of an
 * article trashed since, restored as a copy). The bytes are hashed before they are written, so a file
 * that was altered on disk is never spread further; the copy goes through the
 * importer's write-once store (temp file, fsync, rename), and copying again is a
 * no-op. The renderer names no path: only ids checked against their patterns.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ASSET_ID_PATTERN } from '../../shared/article/blocks';
import { ARTICLE_ID_PATTERN, TRASH_ID_PATTERN } from '../../shared/article/ids';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { TRASH_FOLDER_NAME } from './article-store';
import { assetsFolder, realAssetFile, resolveAssetPath } from './asset-paths';
import { fileSystemDetail } from './file-system-detail';
import { folderNames } from './folder-entries';
import { storeOnce } from './image-import';

export interface CopyImageRequest {
  libraryPath: string;
  toArticleId: string;
  assetId: string;
  /** Where the figure was copied from, when the renderer knows; checked first. */
  fromArticleId?: string;
}

export interface CopiedImage {
  /** False when the target article already had the image. */
  copied: boolean;
}

export async function copyImageBetweenArticles(
  request: CopyImageRequest,
): Promise<Result<CopiedImage>> {
  const { libraryPath, toArticleId, assetId, fromArticleId } = request;
  if (!ARTICLE_ID_PATTERN.test(toArticleId))
    return fail('invalid-request', `"${toArticleId.slice(0, 80)}" is not an article id.`);
  if (!ASSET_ID_PATTERN.test(assetId))
    return fail('invalid-request', `"${assetId.slice(0, 80)}" is not an image id.`);

  if (await resolveAssetPath(libraryPath, `/${toArticleId}/${assetId}`))
    return ok({ copied: false });

  const bytes = await findVerifiedCopy(libraryPath, assetId, toArticleId, fromArticleId);
  if (!bytes) {
    return fail(
      'not-found',
      `Image ${assetId} is not in any article of the library; it cannot be added to article ${toArticleId}.`,
    );
  }
  const articleFolder = path.join(libraryPath, toArticleId);
  try {
    // lstat: a symlinked article folder would let the write land outside the library.
    if (!(await lstat(articleFolder)).isDirectory()) throw new Error('not a folder');
  } catch {
    return fail('not-found', `Article ${toArticleId} was not found in the library.`);
  }
  try {
    await storeOnce(assetsFolder(libraryPath, toArticleId), assetId, bytes);
  } catch (error) {
    return fail(
      'io',
      `Could not copy the image into article ${toArticleId}: ${(error as Error).message}`,
      { detail: fileSystemDetail(error) },
    );
  }
  return ok({ copied: true });
}

async function findVerifiedCopy(
  libraryPath: string,
  assetId: string,
  toArticleId: string,
  fromArticleId: string | undefined,
): Promise<Buffer | null> {
  const expectedHash = assetId.slice(0, assetId.indexOf('.'));
  const verified = async (filePath: string) => {
    const bytes = await readFile(filePath).catch(() => null);
    return bytes && createHash('sha256').update(bytes).digest('hex') === expectedHash
      ? bytes
      : null;
  };
  for await (const articleId of candidateArticles(libraryPath, toArticleId, fromArticleId)) {
    // The checked resolver: no symlink out of the library, regular files only.
    const source = await resolveAssetPath(libraryPath, `/${articleId}/${assetId}`);
    const bytes = source && (await verified(source.filePath));
    if (bytes) return bytes;
  }
  // The article the figure came from may be in the trash since ("Restore as a
  // copy" of its unsaved edits): its images are there, in its trashed folder.
  for await (const filePath of trashedAssetPaths(libraryPath, assetId, fromArticleId)) {
    const bytes = await verified(filePath);
    if (bytes) return bytes;
  }
  return null;
}

/** `assetId` in the trashed folders, the hinted article's first; real files inside the trash only. */
async function* trashedAssetPaths(
  libraryPath: string,
  assetId: string,
  fromArticleId: string | undefined,
): AsyncGenerator<string> {
  const trash = path.join(libraryPath, TRASH_FOLDER_NAME);
  const names = (await readdir(trash).catch(() => [] as string[])).filter((name) =>
    TRASH_ID_PATTERN.test(name),
  );
  const hinted = fromArticleId ? `${fromArticleId}.` : null;
  names.sort(
    (a, b) =>
      Number(hinted !== null && b.startsWith(hinted)) -
      Number(hinted !== null && a.startsWith(hinted)),
  );
  for (const name of names) {
    const filePath = await realAssetFile(trash, name, assetId);
    if (filePath !== null) yield filePath;
  }
}

async function* candidateArticles(
  libraryPath: string,
  toArticleId: string,
  fromArticleId: string | undefined,
): AsyncGenerator<string> {
  const hinted = fromArticleId && ARTICLE_ID_PATTERN.test(fromArticleId) ? fromArticleId : null;
  if (hinted && hinted !== toArticleId) yield hinted;
  const entries = await readdir(libraryPath, { withFileTypes: true }).catch(() => []);
  // Trash (`.trash`) and other dot folders are not articles; their names fail the
  // pattern. Folders as the library's list takes them: a sync tool's placeholder
  // is one, a link is not (folder-entries.ts).
  for (const name of await folderNames(libraryPath, entries, (n) => ARTICLE_ID_PATTERN.test(n))) {
    if (name === toArticleId || name === hinted) continue;
    yield name;
  }
}

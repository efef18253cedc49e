/**
 * Exporting one article to a folder (DESIGN.md "Exported HTML", issue #5):
 *
 *   <outDir>/<slug>/index.html           the page (or the bare `<article>` fragment)
 *   <outDir>/<slug>/images/<slug>-<n>.<ext>   the figures' images, in reading order
 *
 * Each folder also holds a marker naming its article (export-folders.ts).
 *
 * Nothing half-written: the folder is built under a temporary name inside
 * `outDir` (same file system, so the final step is a rename), every file and
 * folder is fsynced, and only then is it renamed into place. An older export of
 * the same slug is renamed aside first and removed only once the new one is in
 * place; on any failure the temporary folder is removed and the older export is
 * left (or put back) as it was.
 *
 * Plain Node, used by the bridge's `article:export` and by the `newsdesk` CLI.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../shared/article/schema';
import {
  InvalidNodeError,
  renderArticleHtml,
  UnsafeUrlError,
  UnsupportedNodeError,
} from '../../shared/export';
import { fieldText } from '../../shared/export/escape';
import { exportSlug, SLUG_PATTERN } from '../../shared/export/export-slug';
import { EXPORT_IMAGES_FOLDER, exportImageNamer } from '../../shared/export/image-names';
import { fail, ok, type LocalizedDetail, type Result } from '../../shared/ipc/result';
import { resolveAssetPath } from './asset-paths';
import { copyImageBetweenArticles } from './image-copy';
import { fsyncDirectory, retryWhileBusy, writeDurably } from './atomic-write';
import { folderOwner, OWNER_FILE, ownerMarker } from './export-folders';
import { makeFolderPath } from './subfolder';

/** In the web host, exports go to `<library>/exports` (not an article id, so the store's list skips it). */
export const EXPORTS_FOLDER_NAME = 'exports';
export const EXPORT_INDEX_FILE = 'index.html';

export type ExportFormat = 'page' | 'fragment';

export interface ExportArticleRequest {
  article: Article;
  /** The library holding the article's folder (`<library>/<id>/assets/` has its images). */
  libraryPath: string;
  outDir: string;
  /** Already unique within this export run (see `exportSlug` and `uniqueSlug`). */
  slug: string;
  format: ExportFormat;
  resolveArticleLink: (articleId: string) => string | null;
}

export interface ExportedArticle {
  /** `<outDir>/<slug>`. */
  folder: string;
  slug: string;
  indexPath: string;
  images: number;
}

/** Folder names this module creates next to exports while it works; never a slug (slugs have no dot). */
const TEMP_MARKER = '.tmp-';
const ASIDE_MARKER = '.old-';

function scratchName(slug: string, marker: string): string {
  return `.${slug}${marker}${randomBytes(6).toString('hex')}`;
}

/** Older than this, a scratch folder belongs to no export still running. */
const STALE_SCRATCH_MS = 60 * 60 * 1000;

/**
 * Removes the scratch folders an export of `slug` killed midway left in
 * `outDir` (a whole article with its photos each, hidden by the leading dot:
 * an upload or rsync of the folder would publish them). Only the names this
 * file makes, and only those an hour old: a running export's are younger.
 */
async function removeStaleScratch(outDir: string, slug: string, now: number): Promise<void> {
  const scratch = new RegExp(`^\\.${slug}\\.(tmp|old)-[0-9a-f]{12}$`);
  const names = await readdir(outDir).catch(() => [] as string[]);
  for (const name of names.filter((entry) => scratch.test(entry))) {
    const folder = path.join(outDir, name);
    const info = await lstat(folder).catch(() => null);
    if (info?.isDirectory() && now - info.mtimeMs > STALE_SCRATCH_MS)
      await rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Copies `from` to the new file `to` and fsyncs it through the handle that
 * wrote it: Windows' fsync (FlushFileBuffers) fails with EPERM on a read-only
 * handle, so reopening a copied file to fsync it failed every export with a
 * photo there (and a copy keeps a read-only photo's mode, which no handle could
 * then write). Streamed: a photo is never held whole in memory.
 */
async function copyDurably(from: string, to: string): Promise<void> {
  const handle = await open(to, 'wx');
  try {
    for await (const chunk of createReadStream(from)) {
      const bytes = chunk as Buffer;
      // A write may store fewer bytes than it is given (bytesWritten): the rest goes again.
      for (let done = 0; done < bytes.length;) {
        const { bytesWritten } = await handle.write(bytes, done);
        // Nothing written and no error: the loop would never end.
        if (bytesWritten === 0) throw new Error(`No bytes could be written to ${to}.`);
        done += bytesWritten;
      }
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A failure the user can act on, named after the article. */
class ExportError extends Error {
  constructor(
    readonly code: 'not-found' | 'corrupt' | 'unsupported-version' | 'invalid-request' | 'conflict',
    message: string,
    /** The same in the user's language (shared/i18n/export-messages.ts). */
    readonly detail: LocalizedDetail,
  ) {
    super(message);
  }
}

function describe(article: Article): string {
  const headline = article.headline.trim();
  return headline === '' ? `Article ${article.id}` : `“${headline}” (${article.id})`;
}

interface RenderedExport {
  html: string;
  images: ReadonlyMap<string, string>;
  /** Asset id → the number of the first figure showing it, counted as the reporter sees them. */
  figures: ReadonlyMap<string, number>;
}

/** Renders the HTML, naming each distinct image `images/<slug>-<n>.<ext>` in reading order. */
function renderWithImageNames(request: ExportArticleRequest): RenderedExport {
  const namer = exportImageNamer(request.slug);
  // A photo shown twice is one image file, so image numbers are not figure
  // numbers: a missing photo was reported as "figure 2" when it was figure 3.
  const figures = new Map<string, number>();
  let figureCount = 0;
  try {
    const html = renderArticleHtml(request.article, {
      format: request.format,
      resolveArticleLink: request.resolveArticleLink,
      resolveAsset: (assetId) => {
        figureCount += 1;
        if (!figures.has(assetId)) figures.set(assetId, figureCount);
        return namer.resolveAsset(assetId);
      },
    });
    return { html, images: namer.names, figures };
  } catch (error) {
    const what = describe(request.article);
    if (error instanceof UnsupportedNodeError) {
      throw new ExportError(
        'unsupported-version',
        `${what} holds a block this version of Newsdesk cannot export: ${error.message}. Update Newsdesk.`,
        { key: 'export.error.unsupported' },
      );
    }
    if (error instanceof InvalidNodeError || error instanceof UnsafeUrlError) {
      throw new ExportError('corrupt', `${what} cannot be exported: ${error.message}.`, {
        key: 'export.error.damaged',
      });
    }
    throw error;
  }
}

/**
 * The stored file of a figure's image, resolved as the display routes do (the
 * id patterns and a realpath inside the article's assets folder, so a symlink
 * cannot export a file from elsewhere on the disk). A figure pasted from
 * another article whose photo the editor never showed (it was off screen, and
 * images load lazily) has no file here yet: it is copied in from the article
 * that has it, as showing it would have done (image-copy.ts).
 */
async function assetOfArticle(libraryPath: string, articleId: string, assetId: string) {
  const found = await resolveAssetPath(libraryPath, `/${articleId}/${assetId}`);
  if (found !== null) return found;
  const copied = await copyImageBetweenArticles({ libraryPath, toArticleId: articleId, assetId });
  return copied.ok ? resolveAssetPath(libraryPath, `/${articleId}/${assetId}`) : null;
}

/** Builds the whole export in `tempDir`, each file fsynced. */
async function buildExport(
  request: ExportArticleRequest,
  tempDir: string,
  rendered: RenderedExport,
): Promise<void> {
  const { article } = request;
  const imagesDir = path.join(tempDir, EXPORT_IMAGES_FOLDER);
  await mkdir(tempDir);
  if (rendered.images.size > 0) await mkdir(imagesDir);
  for (const [assetId, name] of rendered.images) {
    const source = await assetOfArticle(request.libraryPath, article.id, assetId);
    if (source === null) {
      const index = rendered.figures.get(assetId) ?? 0;
      throw new ExportError(
        'not-found',
        `${describe(article)} cannot be exported: the image of figure ${index} (${assetId}) is missing from ` +
          `${path.join(request.libraryPath, article.id, 'assets')}. Insert the photo again or remove the figure.`,
        { key: 'export.error.imageMissing', params: { figure: index } },
      );
    }
    await copyDurably(source.filePath, path.join(imagesDir, name));
  }
  await writeDurably(path.join(tempDir, EXPORT_INDEX_FILE), rendered.html);
  // Whose folder this is, so a later export never takes it for another article's.
  await writeDurably(
    path.join(tempDir, OWNER_FILE),
    ownerMarker(article.id, exportSlug({ slug: article.meta.slug, headline: article.headline })),
  );
  if (rendered.images.size > 0) await fsyncDirectory(imagesDir);
  await fsyncDirectory(tempDir);
}

/**
 * Renames `tempDir` to `target`, keeping any older export until the new one is
 * in place. Only an export of the same article (its folder's marker says so)
 * is replaced: another article's export or a folder without the marker is
 * left as it is, and the export fails naming it.
 */
async function moveIntoPlace(
  tempDir: string,
  target: string,
  outDir: string,
  slug: string,
  articleId: string,
): Promise<void> {
  const owner = await folderOwner(target);
  if (owner?.kind === 'foreign' || (owner?.kind === 'article' && owner.articleId !== articleId)) {
    throw new ExportError(
      'conflict',
      owner.kind === 'foreign'
        ? `${target} already exists and was not made by Newsdesk; it was left as it is. Rename it or export to another folder.`
        : `${target} holds the export of another article (${owner.articleId}); it was left as it is.`,
      {
        key: owner.kind === 'foreign' ? 'export.error.folderTaken' : 'export.error.folderOfOther',
        params: { folder: target },
      },
    );
  }
  if (owner === null) {
    await retryWhileBusy(() => rename(tempDir, target));
    await fsyncDirectory(outDir);
    return;
  }
  const aside = path.join(outDir, scratchName(slug, ASIDE_MARKER));
  await retryWhileBusy(() => rename(target, aside));
  try {
    await retryWhileBusy(() => rename(tempDir, target));
  } catch (error) {
    // Put the older export back: the user keeps what they had.
    await retryWhileBusy(() => rename(aside, target)).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(outDir);
  // The new export is in place; a failure to tidy up must not report it as failed.
  await rm(aside, { recursive: true, force: true }).catch(() => undefined);
}

/**
 * Exports one article. Every expected failure (a missing image, a block this
 * version cannot render, no headline, an unwritable folder) comes back as a
 * Result naming the article, with nothing half-written left behind.
 */
export async function exportArticle(
  request: ExportArticleRequest,
): Promise<Result<ExportedArticle>> {
  const { article, outDir, slug } = request;
  // As the page would show it: a headline of only invisible characters is none.
  if (fieldText(article.headline) === '') {
    return fail(
      'invalid-request',
      `Article ${article.id} has no headline; write one before exporting it.`,
      { detail: { key: 'export.error.noHeadline' } },
    );
  }
  // The slug names a folder: a caller's bug must not turn into a path elsewhere.
  if (!SLUG_PATTERN.test(slug))
    return fail('invalid-request', `"${slug}" cannot name an export folder.`);
  const target = path.join(outDir, slug);
  let tempDir: string | null = null;
  try {
    const rendered = renderWithImageNames(request);
    await makeFolderPath(outDir);
    await removeStaleScratch(outDir, slug, Date.now());
    tempDir = path.join(outDir, scratchName(slug, TEMP_MARKER));
    await buildExport(request, tempDir, rendered);
    await moveIntoPlace(tempDir, target, outDir, slug, article.id);
    tempDir = null;
    return ok({
      folder: target,
      slug,
      indexPath: path.join(target, EXPORT_INDEX_FILE),
      images: rendered.images.size,
    });
  } catch (error) {
    if (error instanceof ExportError)
      return fail(error.code, error.message, { detail: error.detail });
    const reason = (error as Error)?.message ?? String(error);
    return fail('io', `Could not export ${describe(article)} to ${target}: ${reason}`, {
      detail: { key: 'export.error.io', params: { folder: target, reason } },
    });
  } finally {
    if (tempDir !== null)
      await rm(tempDir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * "Insert image" in Electron: the files come from a dialog main opens itself
 * (`chooseImageFiles`, electron/main/image-dialog.ts), so the renderer sends
 * only the article id and never a path. Each chosen file goes through the same
 * importer as a drop or a paste; its size is checked on disk first, so a 2 GB
 * video picked by mistake is refused without being read.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ChosenImages } from '../../shared/ipc/channels';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { assetUrl } from './asset-paths';
import { importImage, tooLargeImage, type ImageLimits } from './image-import';

export interface ImportImageFilesRequest {
  libraryPath: string;
  articleId: string;
  /** Paths the main-process dialog returned, in the order chosen. */
  filePaths: readonly string[];
  limits: ImageLimits;
  host: 'electron' | 'web';
}

/** Imports each file in turn (one in memory at a time); a refusal does not stop the others. */
export async function importImageFiles(request: ImportImageFilesRequest): Promise<ChosenImages> {
  const { libraryPath, articleId, limits, host } = request;
  const result: ChosenImages = { images: [], refused: [] };
  for (const filePath of request.filePaths) {
    const name = path.basename(filePath);
    const stored = await importOne(filePath, name, libraryPath, articleId, limits);
    if (stored.ok) {
      result.images.push({
        ...stored.value,
        url: assetUrl(host, articleId, stored.value.assetId),
      });
    } else {
      result.refused.push({ name, message: stored.error.message, detail: stored.error.detail });
    }
  }
  return result;
}

async function importOne(
  filePath: string,
  name: string,
  libraryPath: string,
  articleId: string,
  limits: ImageLimits,
) {
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) {
      return fail('invalid-request', `"${name}" is not a file.`, {
        detail: { key: 'images.error.notAFile' },
      });
    }
    size = info.size;
  } catch (error) {
    const reason = (error as Error).message;
    return fail('not-found', `"${name}" could not be read: ${reason}`, {
      detail: { key: 'images.error.unreadable', params: { reason } },
    });
  }
  if (size > limits.maxBytes) return tooLargeImage(`"${name}"`, size, limits.maxBytes);
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const reason = (error as Error).message;
    return fail('io', `"${name}" could not be read: ${reason}`, {
      detail: { key: 'images.error.unreadable', params: { reason } },
    });
  }
  return importImage({ libraryPath, articleId, bytes, limits, fileName: name });
}

/**
 * The `image:choose-and-import` handler. Without a dialog (the web host, whose
 * renderer uses a file input instead) it refuses.
 */
export async function chooseAndImportImages(context: {
  libraryPath: string;
  articleId: string;
  limits: ImageLimits;
  host: 'electron' | 'web';
  chooseImageFiles?: () => Promise<string[]>;
}): Promise<Result<ChosenImages>> {
  if (!context.chooseImageFiles) {
    return fail('invalid-request', 'This host has no image dialog; choose the file in the page.');
  }
  const filePaths = await context.chooseImageFiles();
  return ok(await importImageFiles({ ...context, filePaths }));
}

/**
 * Reading an image the user picked, dropped or pasted, and handing it to main.
 * Main decides everything that matters (real type, size, pixels; DESIGN.md,
 * "Data flow: Images"); the renderer checks the size first only so a 2 GB video
 * dropped by mistake is refused at once instead of being read and sent.
 */
import { megabytesRoundedUp } from '../../../../shared/i18n/number-format';
import type { ImportedImage } from '../../../../shared/ipc/channels';
import type { BridgeError, Result } from '../../../../shared/ipc/result';
import { DEFAULT_MAX_IMAGE_BYTES } from '../../../../shared/settings';
import { getBridge } from '../../bridge';

/** The types the file dialog offers; main sniffs the bytes whatever the name or type says. */
export const IMAGE_ACCEPT = 'image/jpeg,image/png,image/webp,image/gif';

/**
 * The limit in force, asked of main at each import (the `maxImageBytes`
 * setting, which main enforces anyway); the default if main cannot answer.
 */
async function maxImageBytes(): Promise<number> {
  const info = await getBridge().invoke('app:info', {});
  return info.ok ? info.value.maxImageBytes : DEFAULT_MAX_IMAGE_BYTES;
}

export type ImageImportOutcome =
  | { ok: true; image: ImportedImage }
  | { ok: false; reason: 'too-large'; sizeMb: number; limitMb: number }
  | { ok: false; reason: 'refused'; error: Pick<BridgeError, 'code' | 'message' | 'detail'> };

const megabytes = (bytes: number) => bytes / 1_000_000;

export async function importImageFile(articleId: string, file: File): Promise<ImageImportOutcome> {
  const limit = await maxImageBytes();
  if (file.size > limit) {
    return {
      ok: false,
      reason: 'too-large',
      sizeMb: megabytesRoundedUp(file.size),
      limitMb: megabytes(limit),
    };
  }
  let dataBase64: string;
  try {
    dataBase64 = await readAsBase64(file);
  } catch (error) {
    return { ok: false, reason: 'refused', error: { code: 'io', message: String(error) } };
  }
  const result: Result<ImportedImage> = await getBridge().invoke('image:import', {
    articleId,
    name: file.name.slice(0, 255),
    dataBase64,
  });
  return result.ok
    ? { ok: true, image: result.value }
    : { ok: false, reason: 'refused', error: result.error };
}

/** The browser's own encoder (a data: URL) is far faster than btoa over chunks. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

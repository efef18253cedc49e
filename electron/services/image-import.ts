/**
 * Importing a figure's image (DESIGN.md, "Data flow: Images"): the bytes come
 * from the renderer (dialog, drop or paste) and are untrusted in every way:
 *  - the size is checked before anything is decoded;
 *  - the type comes from the magic bytes, never from the file name or a MIME
 *    type the renderer reports (a PNG renamed .jpg is stored as a PNG, a text
 *    file renamed .jpg is refused);
 *  - the pixel count declared in the header is checked before any pixel memory is
 *    allocated (a few bytes of PNG can declare 50,000 × 50,000 pixels);
 *  - the image is decoded and re-encoded, which applies the EXIF orientation and
 *    drops EXIF/GPS/XMP/IPTC: a photo must not leak where it was taken;
 *  - the file is named by the SHA-256 of the stored bytes, so inserting the same
 *    image twice stores one file, and a stored file never changes under its name
 *    (the display routes can cache it forever).
 * Nothing is written unless every step succeeded, and what is written appears
 * under its final name whole or not at all.
 */
import { createHash, randomUUID } from 'node:crypto';
import { lstat, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { ASSET_ID_PATTERN } from '../../shared/article/blocks';
import { ARTICLE_ID_PATTERN } from '../../shared/article/ids';
import { megabytesRoundedUp } from '../../shared/i18n/number-format';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { DEFAULT_MAX_IMAGE_BYTES, type Settings } from '../../shared/settings';
import { fsyncDirectory, retryWhileBusy, writeDurably } from './atomic-write';
import { assetsFolder, ASSET_CONTENT_TYPES, type AssetExtension } from './asset-paths';
import { makeSubfolder } from './subfolder';

/**
 * The size limit is the `maxImageBytes` setting (shared/settings.ts), this by
 * default. 50 MB is decimal on purpose: its base64 form (≈ 66.7 million
 * characters) still fits the web host's 64 MiB request limit.
 */
export { DEFAULT_MAX_IMAGE_BYTES };
/** 100 megapixels: above any camera a newsroom uses, far below what exhausts memory when decoded. */
export const DEFAULT_MAX_IMAGE_PIXELS = 100_000_000;

export interface ImageLimits {
  maxBytes: number;
  /** Decoded pixels in total: width × height, times the frames of an animation. */
  maxPixels: number;
}

export const DEFAULT_IMAGE_LIMITS: Readonly<ImageLimits> = {
  maxBytes: DEFAULT_MAX_IMAGE_BYTES,
  maxPixels: DEFAULT_MAX_IMAGE_PIXELS,
};

/** The limits in force: the user's `maxImageBytes` setting, the default pixel limit. */
export function imageLimits(settings: { get(): Pick<Settings, 'maxImageBytes'> }): ImageLimits {
  return {
    ...DEFAULT_IMAGE_LIMITS,
    maxBytes: settings.get().maxImageBytes ?? DEFAULT_MAX_IMAGE_BYTES,
  };
}

export interface ImportImageRequest {
  libraryPath: string;
  articleId: string;
  bytes: Uint8Array;
  limits?: Partial<ImageLimits>;
  /** The file name the user picked, only to make messages clearer. */
  fileName?: string;
}

export interface StoredImage {
  assetId: string;
  /** Of the stored image, after the EXIF orientation was applied (one frame of an animation). */
  width: number;
  height: number;
  mime: string;
}

type ImageKind = AssetExtension;

/** The real type from the first bytes; anything else is not an image we accept. */
export function sniffImageType(bytes: Uint8Array): ImageKind | null {
  const startsWith = (signature: readonly number[], offset = 0) =>
    bytes.length >= offset + signature.length &&
    signature.every((byte, index) => bytes[offset + index] === byte);
  if (startsWith([0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(ascii('GIF87a')) || startsWith(ascii('GIF89a'))) return 'gif';
  if (startsWith(ascii('RIFF')) && startsWith(ascii('WEBP'), 8)) return 'webp';
  return null;
}

function ascii(text: string): number[] {
  return [...text].map((character) => character.charCodeAt(0));
}

/**
 * Whether a WebP holds only lossless (VP8L) image data, still or animated. The
 * RIFF chunks start after the 12-byte header; an animation frame (ANMF) holds
 * its image chunk after a 16-byte frame header; ALPH only comes with lossy VP8.
 */
export function isLosslessWebp(bytes: Uint8Array): boolean {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let lossless = false;
  for (let offset = 12; offset + 8 <= view.length;) {
    const fourcc = view.toString('latin1', offset, offset + 4);
    const size = view.readUInt32LE(offset + 4);
    const image = fourcc === 'ANMF' ? view.toString('latin1', offset + 24, offset + 28) : fourcc;
    if (image === 'VP8 ' || image === 'ALPH') return false;
    if (image === 'VP8L') lossless = true;
    offset += 8 + size + (size % 2);
  }
  return lossless;
}

/** What of the source the re-encoding keeps besides its format. */
interface SourceEncoding {
  /** A palette PNG's bits per pixel (1, 2, 4 or 8); undefined for full colour. */
  paletteBits?: number;
  /** A WebP with lossless data only (graphics, screenshots). */
  losslessWebp: boolean;
}

/**
 * Same format out as in; sharp writes no metadata unless asked (no
 * withMetadata/keep* here, on purpose). A palette PNG stays one with as many
 * colours (exactly its pixels), and a lossless WebP stays lossless: re-encoded
 * as full colour or lossy, a screenshot or chart came out many times larger,
 * and the lossy one with blurred text.
 */
function encode(pipeline: Sharp, kind: ImageKind, source: SourceEncoding): Sharp {
  switch (kind) {
    case 'jpg':
      return pipeline.jpeg({ quality: 90, mozjpeg: true });
    case 'png':
      return source.paletteBits === undefined
        ? pipeline.png()
        : pipeline.png({ palette: true, colours: 2 ** source.paletteBits });
    case 'webp':
      return pipeline.webp(source.losslessWebp ? { lossless: true } : { quality: 90 });
    case 'gif':
      return pipeline.gif();
  }
}

const megabytes = (bytes: number) => `${Number((bytes / 1_000_000).toFixed(1))} MB`;
const megapixels = (pixels: number) => `${Number((pixels / 1_000_000).toFixed(1))} megapixels`;

export async function importImage(request: ImportImageRequest): Promise<Result<StoredImage>> {
  const limits = { ...DEFAULT_IMAGE_LIMITS, ...request.limits };
  const { articleId, bytes } = request;
  const label = request.fileName ? `"${request.fileName}"` : 'The image';

  if (!ARTICLE_ID_PATTERN.test(articleId))
    return fail('invalid-request', `"${articleId.slice(0, 80)}" is not an article id.`);
  if (bytes.length > limits.maxBytes) return tooLargeImage(label, bytes.length, limits.maxBytes);
  const kind = sniffImageType(bytes);
  if (!kind) {
    return fail('invalid-request', `${label} is not a JPEG, PNG, WebP or GIF image.`, {
      detail: { key: 'images.error.notAnImage' },
    });
  }

  const articleFolder = path.join(request.libraryPath, articleId);
  try {
    // lstat: a symlinked article folder would let the write land outside the library.
    if (!(await lstat(articleFolder)).isDirectory()) throw new Error('not a folder');
  } catch {
    return fail(
      'not-found',
      `Article ${articleId} was not found in the library; the image was not inserted.`,
    );
  }

  // GIF and WebP may be animated: decode every frame so the animation is kept.
  // With `animated`, sharp's pixel limit counts all frames, which is what decoding costs.
  const animated = kind === 'gif' || kind === 'webp';
  // 'error', not 'warning': libjpeg only warns about the scan headers many
  // Samsung phones write, and decodes those photos whole (lovell/sharp#1578);
  // a truncated file, or one libjpeg cannot decode, is still refused.
  const input = () =>
    sharp(bytes, { limitInputPixels: limits.maxPixels, animated, failOn: 'error' });

  let encoded: Buffer;
  let stored: Metadata;
  try {
    // The header only: refuses a decompression bomb before any pixel is allocated.
    const header = await input().metadata();
    const declared = header.width * header.height;
    if (declared > limits.maxPixels) return tooManyPixels(label, declared, limits.maxPixels);
    let pipeline = input();
    // GIF has no EXIF; rotating a multi-frame image by 90° is not something sharp
    // promises, and an animated WebP with an orientation tag is vanishingly rare.
    if ((header.pages ?? 1) === 1) pipeline = pipeline.rotate();
    encoded = await encode(pipeline, kind, {
      paletteBits: header.isPalette ? (header.bitsPerSample ?? 8) : undefined,
      losslessWebp: kind === 'webp' && isLosslessWebp(bytes),
    }).toBuffer();
    // Dimensions of what is stored, so the figure matches the file exactly.
    stored = await sharp(encoded, { animated }).metadata();
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    if (/pixel limit/i.test(reason)) return tooManyPixels(label, null, limits.maxPixels);
    return fail(
      'corrupt',
      `${label} could not be read as a ${kind.toUpperCase()} image (${reason}); it may be damaged or truncated.`,
      { detail: { key: 'images.error.damaged', params: { kind: kind.toUpperCase() } } },
    );
  }

  const assetId = `${createHash('sha256').update(encoded).digest('hex')}.${kind}`;
  if (!ASSET_ID_PATTERN.test(assetId)) throw new Error(`Generated an invalid asset id: ${assetId}`);

  try {
    await storeOnce(assetsFolder(request.libraryPath, articleId), assetId, encoded);
  } catch (error) {
    const reason = (error as Error).message;
    return fail('io', `Could not store the image in article ${articleId}: ${reason}`, {
      detail: { key: 'images.error.io', params: { reason } },
    });
  }
  return ok({
    assetId,
    width: stored.width,
    height: stored.pageHeight ?? stored.height,
    mime: ASSET_CONTENT_TYPES[kind],
  });
}

/** The refusal of an image over `maxBytes`: here and before a chosen file is even read (image-file-import.ts). */
export function tooLargeImage(label: string, size: number, maxBytes: number): Result<never> {
  return fail(
    'invalid-request',
    `${label} is ${megabytesRoundedUp(size)} MB; images larger than ${megabytes(maxBytes)} cannot be inserted.`,
    {
      detail: {
        key: 'images.error.tooLarge',
        params: { size: megabytesRoundedUp(size), limit: maxBytes / 1_000_000 },
      },
    },
  );
}

function tooManyPixels(label: string, declared: number | null, limit: number): Result<never> {
  const size = declared === null ? '' : ` (${megapixels(declared)})`;
  return fail(
    'invalid-request',
    `${label} has too many pixels${size}; the limit is ${megapixels(limit)}.`,
    {
      detail: { key: 'images.error.tooManyPixels', params: { limit: limit / 1_000_000 } },
    },
  );
}

/**
 * Writes `bytes` as `folder/name` unless a file of that name already holds
 * them. The name is the content hash, so a file of that name should; one cut
 * short or damaged (a sync tool, a disk error) is replaced, so inserting the
 * photo again repairs it, as the export's advice for it says.
 * A temp file in the same folder is fsynced and renamed into place, then the
 * folder is fsynced, so a crash leaves the whole file or none (PITFALLS.md,
 * "Saving documents").
 */
export async function storeOnce(folder: string, name: string, bytes: Uint8Array): Promise<void> {
  await makeSubfolder(folder);
  // Same reason as the article folder: never follow a symlink out of the library.
  if (!(await lstat(folder)).isDirectory()) throw new Error(`${folder} is not a folder`);
  const target = path.join(folder, name);
  if (await holdsBytes(target, bytes)) return;

  const temp = path.join(folder, `.${name}.${randomUUID()}.tmp`);
  try {
    await writeDurably(temp, bytes);
    // Two imports of the same image may race here; both temp files hold the same
    // bytes, so whichever rename lands last replaces an identical file. Antivirus
    // and sync tools briefly hold new files on Windows: retried like article saves.
    await retryWhileBusy(() => rename(temp, target));
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(folder);
}

/** Whether `filePath` is a file holding exactly `bytes` (the size first: most damage shows there). */
async function holdsBytes(filePath: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const info = await lstat(filePath);
    if (!info.isFile() || info.size !== bytes.length) return false;
    return Buffer.from(bytes).equals(await readFile(filePath));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

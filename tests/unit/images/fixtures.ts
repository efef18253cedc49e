/**
 * Test images made on the fly with sharp (no binary fixtures in the repository),
 * plus a library folder holding one article folder.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

export const ARTICLE_ID = 'a1b2c3d4-0000-4000-8000-000000000001';

export async function libraryWithArticle(root: string): Promise<string> {
  const libraryPath = path.join(root, 'library');
  await mkdir(path.join(libraryPath, ARTICLE_ID), { recursive: true });
  return libraryPath;
}

/** A solid-colour image of the given size; `seed` changes the colour so images differ. */
function canvas(width: number, height: number, seed = 0) {
  return sharp({
    create: { width, height, channels: 3, background: { r: (seed * 53) % 256, g: 120, b: 200 } },
  });
}

export const makeJpeg = (width = 64, height = 48, seed = 0) =>
  canvas(width, height, seed).jpeg().toBuffer();
export const makePng = (width = 64, height = 48, seed = 0) =>
  canvas(width, height, seed).png().toBuffer();
export const makeWebp = (width = 64, height = 48) => canvas(width, height).webp().toBuffer();

/** A three-frame animated GIF, 12 × 10 per frame. */
export async function makeAnimatedGif(): Promise<Buffer> {
  const frames = await Promise.all(
    ['#f00', '#0f0', '#00f'].map((background) =>
      sharp({ create: { width: 12, height: 10, channels: 3, background } })
        .png()
        .toBuffer(),
    ),
  );
  return sharp(frames, { join: { animated: true } })
    .gif({ loop: 0, delay: [100, 100, 100] })
    .toBuffer();
}

/**
 * A chart-like graphic of a few flat colours, half see-through at the top: what
 * screenshots, logos and infographics are, and why they are saved as palette
 * PNG or lossless WebP.
 */
export function chart(width = 240, height = 160) {
  const colours = [
    [255, 255, 255, 128],
    [200, 30, 30, 255],
    [30, 90, 200, 255],
    [20, 20, 20, 255],
  ] as const;
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const band = y < 20 ? 0 : (x + y) % 17 === 0 ? 3 : x < width / 2 ? 1 : 2;
      pixels.set(colours[band]!, (y * width + x) * 4);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 4 } });
}

/** A JPEG as a phone in portrait writes it: pixels stored landscape, EXIF says "rotate 90° clockwise". */
export const makeRotatedJpeg = (width: number, height: number) =>
  canvas(width, height).jpeg().withMetadata({ orientation: 6 }).toBuffer();

/**
 * A JPEG as some Samsung phones write it: a baseline image whose scan header
 * carries progressive-only parameters (here a spectral end of 0 instead of 63).
 * libjpeg decodes it whole and only warns ("Invalid SOS parameters for
 * sequential JPEG"); browsers show it (lovell/sharp#1578, #3488).
 */
export async function makeJpegWithOddScanHeader(width = 64, height = 48): Promise<Buffer> {
  const jpeg = Buffer.from(await canvas(width, height).jpeg().toBuffer());
  const scan = jpeg.indexOf(Buffer.from([0xff, 0xda]));
  const headerEnd = scan + 2 + jpeg.readUInt16BE(scan + 2);
  // The header ends with Ss, Se, Ah/Al; a sequential JPEG must have 0, 63, 0.
  jpeg[headerEnd - 2] = 0;
  return jpeg;
}

/** A JPEG that says where it was taken (Hoàn Kiếm lake). */
export const makeJpegWithGps = () =>
  canvas(64, 48)
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'X1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '21/1 1/1 42/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '105/1 51/1 10/1',
      },
    })
    .toBuffer();

/**
 * A 70-byte PNG whose header declares `width × height` pixels: a decompression
 * bomb if anything believed it and allocated the pixels.
 */
export function pngDeclaring(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(64))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

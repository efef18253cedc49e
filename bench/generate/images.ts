/**
 * Small real JPEG photos for figures, made deterministically: the pixels come
 * from the seed (gradients, blocks and noise, so the encoder has real work), the
 * encoder settings are fixed, and the asset id is the SHA-256 of the bytes, as
 * the image import stores them (`<library>/<id>/assets/<sha256>.jpg`).
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { FigureAsset } from './article';
import { createRng } from './prng';

export const IMAGE_WIDTH = 480;
export const IMAGE_HEIGHT = 320;

export interface GeneratedImage extends FigureAsset {
  bytes: Buffer;
}

export async function generateImage(seed: number | string): Promise<GeneratedImage> {
  const rng = createRng(seed);
  const width = IMAGE_WIDTH;
  const height = IMAGE_HEIGHT;
  const pixels = Buffer.alloc(width * height * 3);
  const base = [rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)];
  const blocks = Array.from({ length: 6 }, () => ({
    x: rng.int(0, width),
    y: rng.int(0, height),
    w: rng.int(30, 200),
    h: rng.int(30, 150),
    c: [rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)],
  }));
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const o = (y * width + x) * 3;
      let c = [base[0]! + (x >> 2), base[1]! + (y >> 2), base[2]! + ((x + y) >> 3)];
      for (const b of blocks) if (x >= b.x && x < b.x + b.w && y >= b.y && y < b.y + b.h) c = b.c;
      const noise = rng.int(-12, 12);
      pixels[o] = Math.max(0, Math.min(255, c[0]! + noise));
      pixels[o + 1] = Math.max(0, Math.min(255, c[1]! + noise));
      pixels[o + 2] = Math.max(0, Math.min(255, c[2]! + noise));
    }
  }
  const bytes = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 75, mozjpeg: false, chromaSubsampling: '4:2:0' })
    .toBuffer();
  const hash = createHash('sha256').update(bytes).digest('hex');
  return { assetId: `${hash}.jpg`, width, height, bytes };
}

/** Writes the images of one article under `<articleDir>/assets/`, returning their assets in order. */
export async function writeImages(
  articleDir: string,
  seed: string,
  count: number,
): Promise<FigureAsset[]> {
  const dir = join(articleDir, 'assets');
  await mkdir(dir, { recursive: true });
  const assets: FigureAsset[] = [];
  for (let i = 0; i < count; i += 1) {
    const image = await generateImage(`${seed}/image-${i}`);
    await writeFile(join(dir, image.assetId), image.bytes);
    assets.push({ assetId: image.assetId, width: image.width, height: image.height });
  }
  return assets;
}

import { createHash } from 'node:crypto';
import { formatMessage } from '../../../shared/i18n/messages';
import { mkdir, readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ASSET_ID_PATTERN } from '../../../shared/article/blocks';
import {
  DEFAULT_MAX_IMAGE_BYTES,
  DEFAULT_MAX_IMAGE_PIXELS,
  importImage,
  isLosslessWebp,
  sniffImageType,
  storeOnce,
} from '../../../electron/services/image-import';
import { useTempDirs } from '../services/temp-dir';
import {
  ARTICLE_ID,
  chart,
  libraryWithArticle,
  makeAnimatedGif,
  makeJpeg,
  makeJpegWithGps,
  makeJpegWithOddScanHeader,
  makePng,
  makeRotatedJpeg,
  makeWebp,
  pngDeclaring,
} from './fixtures';

const tempDir = useTempDirs();

async function setUp() {
  const libraryPath = await libraryWithArticle(await tempDir());
  const assets = path.join(libraryPath, ARTICLE_ID, 'assets');
  const assetFiles = async () => readdir(assets).catch(() => [] as string[]);
  return { libraryPath, assets, assetFiles };
}

function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('importImage: what is stored', () => {
  it('stores a JPEG under the SHA-256 of the stored bytes and reports its size and type', async () => {
    const { libraryPath, assets } = await setUp();
    const value = expectOk(
      await importImage({ libraryPath, articleId: ARTICLE_ID, bytes: await makeJpeg(64, 48) }),
    );
    expect(value).toMatchObject({ width: 64, height: 48, mime: 'image/jpeg' });
    expect(value.assetId).toMatch(ASSET_ID_PATTERN);
    expect(value.assetId.endsWith('.jpg')).toBe(true);
    const stored = await readFile(path.join(assets, value.assetId));
    expect(`${createHash('sha256').update(stored).digest('hex')}.jpg`).toBe(value.assetId);
    expect((await sharp(stored).metadata()).format).toBe('jpeg');
  });

  it('trusts the bytes, not the name: a PNG called photo.jpg is stored as a PNG', async () => {
    const { libraryPath, assets } = await setUp();
    const value = expectOk(
      await importImage({
        libraryPath,
        articleId: ARTICLE_ID,
        bytes: await makePng(),
        fileName: 'photo.jpg',
      }),
    );
    expect(value.assetId.endsWith('.png')).toBe(true);
    expect(value.mime).toBe('image/png');
    expect((await sharp(path.join(assets, value.assetId)).metadata()).format).toBe('png');
  });

  it('keeps WebP as WebP and an animated GIF animated', async () => {
    const { libraryPath, assets } = await setUp();
    const webp = expectOk(
      await importImage({ libraryPath, articleId: ARTICLE_ID, bytes: await makeWebp(30, 20) }),
    );
    expect(webp).toMatchObject({ width: 30, height: 20, mime: 'image/webp' });
    expect(webp.assetId.endsWith('.webp')).toBe(true);

    const gif = expectOk(
      await importImage({ libraryPath, articleId: ARTICLE_ID, bytes: await makeAnimatedGif() }),
    );
    // One frame's size, not the height of all frames stacked.
    expect(gif).toMatchObject({ width: 12, height: 10, mime: 'image/gif' });
    const stored = await sharp(path.join(assets, gif.assetId), { animated: true }).metadata();
    expect(stored.pages).toBe(3);
  });

  it('keeps a palette PNG and a lossless WebP exactly as they look, and no larger', async () => {
    const { libraryPath, assets } = await setUp();
    const sources = [
      await chart().png({ palette: true, colours: 4 }).toBuffer(),
      await chart().webp({ lossless: true }).toBuffer(),
    ];
    for (const source of sources) {
      const value = expectOk(
        await importImage({ libraryPath, articleId: ARTICLE_ID, bytes: source }),
      );
      const stored = await readFile(path.join(assets, value.assetId));
      const pixels = (image: Buffer) => sharp(image).ensureAlpha().raw().toBuffer();
      expect((await pixels(stored)).equals(await pixels(source))).toBe(true);
      expect(stored.length).toBeLessThanOrEqual(source.length * 1.1);
    }
  });

  it('applies the EXIF orientation: a portrait phone photo comes out portrait', async () => {
    const { libraryPath, assets } = await setUp();
    const source = await makeRotatedJpeg(40, 20);
    expect(await sharp(source).metadata()).toMatchObject({ width: 40, height: 20, orientation: 6 });

    const value = expectOk(
      await importImage({ libraryPath, articleId: ARTICLE_ID, bytes: source }),
    );
    expect(value).toMatchObject({ width: 20, height: 40 });
    const stored = await sharp(path.join(assets, value.assetId)).metadata();
    expect(stored).toMatchObject({ width: 20, height: 40 });
    // No orientation tag left to be applied a second time by a browser.
    expect(stored.orientation ?? 1).toBe(1);
  });

  it('takes a phone JPEG whose scan header libjpeg only warns about (Samsung), whole', async () => {
    const { libraryPath, assets } = await setUp();
    const source = await makeJpegWithOddScanHeader(64, 48);
    // The fixture's colour, give or take JPEG rounding.
    const looksRight = async (image: Buffer | string) => {
      const [r = 0, g = 0, b = 0] = await sharp(image, { failOn: 'none' }).raw().toBuffer();
      return Math.abs(r - 0) + Math.abs(g - 120) + Math.abs(b - 200) < 12;
    };
    // The photo is whole: decoding it tolerantly gives every pixel.
    expect(await looksRight(source)).toBe(true);

    const value = expectOk(
      await importImage({ libraryPath, articleId: ARTICLE_ID, bytes: source, fileName: 'a.jpg' }),
    );
    expect(value).toMatchObject({ width: 64, height: 48, mime: 'image/jpeg' });
    expect(await looksRight(path.join(assets, value.assetId))).toBe(true);
  });

  it('strips GPS and the rest of EXIF', async () => {
    const { libraryPath, assets } = await setUp();
    const source = await makeJpegWithGps();
    const where = await exifr.gps(source);
    expect(where?.latitude).toBeCloseTo(21.028, 2);
    expect(where?.longitude).toBeCloseTo(105.853, 2);

    const value = expectOk(
      await importImage({ libraryPath, articleId: ARTICLE_ID, bytes: source }),
    );
    const stored = await readFile(path.join(assets, value.assetId));
    expect(await exifr.gps(stored)).toBeUndefined();
    expect(await exifr.parse(stored, true)).toBeUndefined();
    const metadata = await sharp(stored).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.iptc).toBeUndefined();
  });

  it('stores the same image once when it is inserted twice, leaving no temp files', async () => {
    const { libraryPath, assetFiles } = await setUp();
    const bytes = await makeJpeg(50, 50, 7);
    const first = expectOk(await importImage({ libraryPath, articleId: ARTICLE_ID, bytes }));
    const [second, third] = await Promise.all([
      importImage({ libraryPath, articleId: ARTICLE_ID, bytes }),
      importImage({ libraryPath, articleId: ARTICLE_ID, bytes: Buffer.from(bytes) }),
    ]);
    expect(expectOk(second).assetId).toBe(first.assetId);
    expect(expectOk(third).assetId).toBe(first.assetId);
    expect(await assetFiles()).toEqual([first.assetId]);
  });
});

describe('importImage: what is refused, with nothing written', () => {
  it('repairs a stored image cut short when the photo is inserted again', async () => {
    const { libraryPath, assets, assetFiles } = await setUp();
    const bytes = await makeJpeg(60, 40, 3);
    const first = expectOk(await importImage({ libraryPath, articleId: ARTICLE_ID, bytes }));
    const file = path.join(assets, first.assetId);
    const whole = await readFile(file);
    await writeFile(file, whole.subarray(0, 100)); // a sync tool or a disk error
    const again = expectOk(await importImage({ libraryPath, articleId: ARTICLE_ID, bytes }));
    expect(again.assetId).toBe(first.assetId);
    expect((await readFile(file)).equals(whole)).toBe(true);
    expect(await assetFiles()).toEqual([first.assetId]);
  });

  it('refuses a text file, whatever it is called', async () => {
    const { libraryPath, assetFiles } = await setUp();
    const result = await importImage({
      libraryPath,
      articleId: ARTICLE_ID,
      bytes: Buffer.from('Hello, this is not a picture.\n'),
      fileName: 'notes.jpg',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toContain('not a JPEG, PNG, WebP or GIF image');
    expect(!result.ok && result.error.detail).toEqual({ key: 'images.error.notAnImage' });
    expect(
      formatMessage('vi', 'images.refused', {
        name: 'a.txt',
        detail: formatMessage('vi', 'images.error.notAnImage'),
      }),
    ).toBe('Không chèn được “a.txt”: đây không phải ảnh JPEG, PNG, WebP hay GIF.');
    expect(!result.ok && result.error.message).toContain('notes.jpg');
    expect(await assetFiles()).toEqual([]);
  });

  it.each([
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['HTML', Buffer.from('<!doctype html><script>alert(1)</script>')],
    ['an empty file', Buffer.alloc(0)],
    ['RIFF that is not WebP', Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ', 'latin1')],
  ])('refuses %s', async (_name, bytes) => {
    const { libraryPath, assetFiles } = await setUp();
    const result = await importImage({ libraryPath, articleId: ARTICLE_ID, bytes });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await assetFiles()).toEqual([]);
  });

  it('refuses a file over the size limit before looking at it, naming the limit in MB', async () => {
    const { libraryPath, assetFiles } = await setUp();
    // Not even an image: the size check must come first.
    const refusal = async (size: number) => {
      const result = await importImage({
        libraryPath,
        articleId: ARTICLE_ID,
        bytes: Buffer.alloc(size, 0x41),
        limits: { maxBytes: 1_000_000 },
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      return result.ok ? null : result.error;
    };
    expect((await refusal(1_500_000))?.message).toMatch(/1\.5 MB.*larger than 1 MB/);
    // Just over the limit: the size is rounded up, never shown as the limit itself.
    const justOver = await refusal(1_000_040);
    expect(justOver?.message).toMatch(/is 1\.1 MB; images larger than 1 MB/);
    expect(formatMessage('vi', justOver!.detail!.key, justOver!.detail!.params)).toBe(
      'ảnh nặng 1,1 MB; không chèn được ảnh lớn hơn 1 MB.',
    );
    expect(await assetFiles()).toEqual([]);
  });

  it('has defaults of 50 MB and 100 megapixels', () => {
    expect(DEFAULT_MAX_IMAGE_BYTES).toBe(50_000_000);
    expect(DEFAULT_MAX_IMAGE_PIXELS).toBe(100_000_000);
  });

  it('refuses a tiny PNG that declares 50,000 × 50,000 pixels, without decoding it', async () => {
    const { libraryPath, assetFiles } = await setUp();
    const bomb = pngDeclaring(50_000, 50_000);
    expect(bomb.length).toBeLessThan(200);
    const before = process.memoryUsage().rss;
    const result = await importImage({ libraryPath, articleId: ARTICLE_ID, bytes: bomb });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toContain('too many pixels');
    expect(!result.ok && result.error.message).toContain('100 megapixels');
    // 2.5 gigapixels of greyscale would be 2.5 GB; nothing close was allocated.
    expect(process.memoryUsage().rss - before).toBeLessThan(200_000_000);
    expect(await assetFiles()).toEqual([]);
  });

  it('refuses an ordinary image over a lower pixel limit, and counts every frame of an animation', async () => {
    const { libraryPath, assetFiles } = await setUp();
    const big = await importImage({
      libraryPath,
      articleId: ARTICLE_ID,
      bytes: await makePng(100, 100),
      limits: { maxPixels: 9_999 },
    });
    expect(big).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!big.ok && big.error.message).toContain('too many pixels');

    // 12 × 10 per frame fits 200 pixels; three frames (360) do not.
    const animation = await importImage({
      libraryPath,
      articleId: ARTICLE_ID,
      bytes: await makeAnimatedGif(),
      limits: { maxPixels: 200 },
    });
    expect(animation).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await assetFiles()).toEqual([]);
  });

  it('refuses a JPEG whose magic bytes are right but whose data is garbage', async () => {
    const { libraryPath, assetFiles } = await setUp();
    const good = await makeJpeg(200, 150);
    const corrupt = Buffer.concat([good.subarray(0, 3), Buffer.alloc(4000, 0x5a)]);
    const result = await importImage({
      libraryPath,
      articleId: ARTICLE_ID,
      bytes: corrupt,
      fileName: 'broken.jpg',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(!result.ok && result.error.message).toMatch(/"broken\.jpg" could not be read as a JPG/);
    expect(await assetFiles()).toEqual([]);
  });

  it('refuses a truncated JPEG', async () => {
    const { libraryPath, assetFiles } = await setUp();
    const good = await makeJpeg(200, 150, 3);
    const result = await importImage({
      libraryPath,
      articleId: ARTICLE_ID,
      bytes: good.subarray(0, Math.floor(good.length * 0.6)),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(await assetFiles()).toEqual([]);
  });

  it('refuses an article id that could name a path, and an article that does not exist', async () => {
    const { libraryPath } = await setUp();
    const bytes = await makePng();
    for (const articleId of ['../escape-here', 'A1B2C3D4-upper', '', 'a/b/c/d/e/f']) {
      expect(await importImage({ libraryPath, articleId, bytes })).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
    expect(
      await importImage({ libraryPath, articleId: 'ffffffff-0000-4000-8000-00000000dead', bytes }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await readdir(libraryPath)).toEqual([ARTICLE_ID]);
  });

  it('never makes the article folder again when the article left meanwhile (moved to the trash)', async () => {
    const root = await tempDir();
    const { libraryPath, assets } = await setUp();
    // Where an import's last step finds the article once it went to the trash
    // while its photo was being re-encoded.
    await rename(path.join(libraryPath, ARTICLE_ID), path.join(root, 'in-trash'));
    await expect(storeOnce(assets, 'x.png', await makePng())).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await readdir(libraryPath)).toEqual([]);
  });

  it('does not write through a symlinked article or assets folder', async () => {
    const root = await tempDir();
    const libraryPath = await libraryWithArticle(root);
    const outside = path.join(root, 'outside');
    await mkdir(outside);
    const linkedArticle = 'b1b2c3d4-0000-4000-8000-000000000002';
    await symlink(outside, path.join(libraryPath, linkedArticle));
    await symlink(outside, path.join(libraryPath, ARTICLE_ID, 'assets'));
    const bytes = await makePng();

    expect(await importImage({ libraryPath, articleId: linkedArticle, bytes })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await importImage({ libraryPath, articleId: ARTICLE_ID, bytes })).toMatchObject({
      ok: false,
      error: { code: 'io' },
    });
    expect(await readdir(outside)).toEqual([]);
  });
});

describe('sniffImageType', () => {
  it.each([
    [[0xff, 0xd8, 0xff, 0xe0], 'jpg'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'png'],
    [[...Buffer.from('GIF87a')], 'gif'],
    [[...Buffer.from('GIF89a')], 'gif'],
    [[...Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1')], 'webp'],
    [[0xff, 0xd8], null],
    [[0x89, 0x50, 0x4e, 0x47], null],
    [[...Buffer.from('GIF88a')], null],
    [[...Buffer.from('<?xml version="1.0"?><svg/>')], null],
  ])('%j → %s', (bytes, kind) => {
    expect(sniffImageType(Uint8Array.from(bytes))).toBe(kind);
  });
});

describe('isLosslessWebp', () => {
  it('tells lossless data from lossy, with or without alpha, still or animated', async () => {
    const still = chart(40, 30);
    const animation = async (options: { lossless?: boolean; quality?: number }) =>
      sharp(
        await Promise.all(
          ['#c00', '#06c'].map((background) =>
            sharp({ create: { width: 20, height: 20, channels: 4, background } })
              .png()
              .toBuffer(),
          ),
        ),
        { join: { animated: true } },
      )
        .webp({ ...options, loop: 0, delay: [100, 100] })
        .toBuffer();
    expect(isLosslessWebp(await still.clone().webp({ lossless: true }).toBuffer())).toBe(true);
    expect(isLosslessWebp(await still.clone().webp({ quality: 80 }).toBuffer())).toBe(false);
    expect(isLosslessWebp(await makeWebp())).toBe(false);
    expect(isLosslessWebp(await animation({ lossless: true }))).toBe(true);
    expect(isLosslessWebp(await animation({ quality: 80 }))).toBe(false);
  });
});

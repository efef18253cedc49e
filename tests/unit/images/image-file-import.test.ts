/**
 * Electron's "Insert image" path under plain Node: main's dialog returns paths,
 * main imports them (the renderer sends only the article id), and the size
 * limit is the `maxImageBytes` setting, checked on disk before a file is read.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { DEFAULT_IMAGE_LIMITS } from '../../../electron/services/image-import';
import { importImageFiles } from '../../../electron/services/image-file-import';
import { openSettings } from '../../../electron/services/settings';
import { useTempDirs } from '../services/temp-dir';
import { ARTICLE_ID, libraryWithArticle, makeJpeg, makePng } from './fixtures';

const tempDir = useTempDirs();

async function setUp() {
  const root = await tempDir();
  const libraryPath = await libraryWithArticle(root);
  const picked = path.join(root, 'picked');
  await mkdir(picked);
  const files = {
    png: path.join(picked, 'cau-long-bien.png'),
    jpeg: path.join(picked, 'pho-co.jpg'),
    text: path.join(picked, 'ghi-chu.jpg'),
  };
  await writeFile(files.png, await makePng(40, 30));
  await writeFile(files.jpeg, await makeJpeg(50, 20));
  await writeFile(files.text, 'không phải ảnh');
  const assets = () => readdir(path.join(libraryPath, ARTICLE_ID, 'assets')).catch(() => []);
  return { root, libraryPath, files, assets };
}

describe('importing the files chosen in main', () => {
  it('imports each file in order, refuses a non-image by name, and keeps going', async () => {
    const { libraryPath, files, assets } = await setUp();
    const result = await importImageFiles({
      libraryPath,
      articleId: ARTICLE_ID,
      filePaths: [files.png, files.text, files.jpeg],
      limits: DEFAULT_IMAGE_LIMITS,
      host: 'web',
    });
    expect(result.images.map(({ width, height, mime }) => [width, height, mime])).toEqual([
      [40, 30, 'image/png'],
      [50, 20, 'image/jpeg'],
    ]);
    expect(result.images[0]!.url).toContain(`${ARTICLE_ID}/${result.images[0]!.assetId}`);
    expect(result.refused).toEqual([
      {
        name: 'ghi-chu.jpg',
        message: '"ghi-chu.jpg" is not a JPEG, PNG, WebP or GIF image.',
        // The reason in the reporter's language, for the editor's notice.
        detail: { key: 'images.error.notAnImage' },
      },
    ]);
    expect((await assets()).sort()).toEqual(result.images.map((image) => image.assetId).sort());
  });

  it('refuses a file over the limit from its size on disk, and stores nothing', async () => {
    const { libraryPath, files, assets } = await setUp();
    const result = await importImageFiles({
      libraryPath,
      articleId: ARTICLE_ID,
      filePaths: [files.png],
      limits: { ...DEFAULT_IMAGE_LIMITS, maxBytes: 10 },
      host: 'web',
    });
    expect(result.images).toEqual([]);
    expect(result.refused[0]!.message).toMatch(
      /^"cau-long-bien\.png" is [\d.]+ MB; images larger than 0 MB cannot be inserted\.$/,
    );
    expect(await assets()).toEqual([]);
  });
});

describe('the image:choose-and-import channel', () => {
  async function dispatchWith(
    root: string,
    libraryPath: string,
    chooseImageFiles?: () => Promise<string[]>,
    maxImageBytes?: number,
  ) {
    const settings = openSettings({ cwd: path.join(root, 'config'), projectName: 'Newsdesk' });
    if (maxImageBytes !== undefined) settings.update({ maxImageBytes });
    return createAppServices({
      settings,
      host: 'electron',
      systemLocales: ['en'],
      libraryPath,
      notices: [],
      chooseImageFiles,
    }).dispatch;
  }

  it('imports what the dialog returned, and nothing when it was cancelled', async () => {
    const { root, libraryPath, files, assets } = await setUp();
    const chosen = [[files.jpeg], []];
    const dispatch = await dispatchWith(root, libraryPath, async () => chosen.shift()!);
    const imported = await dispatch('image:choose-and-import', { articleId: ARTICLE_ID });
    expect(imported).toMatchObject({
      ok: true,
      value: { images: [{ width: 50, height: 20, mime: 'image/jpeg' }], refused: [] },
    });
    expect(await assets()).toHaveLength(1);
    expect(await dispatch('image:choose-and-import', { articleId: ARTICLE_ID })).toEqual({
      ok: true,
      value: { images: [], refused: [] },
    });
  });

  it('takes only an article id: a path in the request is refused before any dialog', async () => {
    const { root, libraryPath, files } = await setUp();
    let opened = 0;
    const dispatch = await dispatchWith(root, libraryPath, async () => {
      opened += 1;
      return [];
    });
    for (const request of [
      { articleId: ARTICLE_ID, filePath: files.png },
      { articleId: '../picked' },
    ]) {
      expect(await dispatch('image:choose-and-import', request)).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
    expect(opened).toBe(0);
  });

  it('refuses in a host without a dialog (the web host uses its file input)', async () => {
    const { root, libraryPath } = await setUp();
    const dispatch = await dispatchWith(root, libraryPath);
    expect(await dispatch('image:choose-and-import', { articleId: ARTICLE_ID })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('enforces the maxImageBytes setting in main for dialog files and for image:import, and reports it in app:info', async () => {
    const { root, libraryPath, files, assets } = await setUp();
    const dispatch = await dispatchWith(root, libraryPath, async () => [files.png], 100);
    expect(await dispatch('app:info', {})).toMatchObject({
      ok: true,
      value: { maxImageBytes: 100 },
    });
    const chosen = await dispatch('image:choose-and-import', { articleId: ARTICLE_ID });
    expect(chosen).toMatchObject({
      ok: true,
      value: { images: [], refused: [{ name: 'cau-long-bien.png' }] },
    });
    const sent = await dispatch('image:import', {
      articleId: ARTICLE_ID,
      name: 'cau-long-bien.png',
      dataBase64: (await makePng(40, 30)).toString('base64'),
    });
    expect(sent).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('images larger than') },
    });
    expect(await assets()).toEqual([]);
  });

  it('defaults to 50 MB when the setting is absent', async () => {
    const { root, libraryPath } = await setUp();
    const dispatch = await dispatchWith(root, libraryPath);
    expect(await dispatch('app:info', {})).toMatchObject({
      ok: true,
      value: { maxImageBytes: 50_000_000 },
    });
  });
});

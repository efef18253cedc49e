/**
 * `image:copy`: a figure pasted into another article brings its image along.
 * Real library on disk, real import, through the bridge's dispatch (so the
 * payload schema is part of what is tested).
 */
import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { openSettings } from '../../../electron/services/settings';
import type { ImportedImage } from '../../../shared/ipc/channels';
import { useTempDirs } from '../services/temp-dir';
import { makeJpeg } from './fixtures';

const tempDir = useTempDirs();
const SOURCE = 'a1b2c3d4-0000-4000-8000-000000000001';
const TARGET = 'a1b2c3d4-0000-4000-8000-000000000002';
const OTHER = 'a1b2c3d4-0000-4000-8000-000000000003';

async function setUp() {
  const root = await tempDir();
  const libraryPath = path.join(root, 'library');
  for (const id of [SOURCE, TARGET, OTHER])
    await mkdir(path.join(libraryPath, id), { recursive: true });
  const settings = openSettings({ cwd: path.join(root, 'config'), projectName: 'Newsdesk' });
  const { dispatch } = createAppServices({
    settings,
    host: 'web',
    systemLocales: ['vi-VN'],
    libraryPath,
    notices: [],
  });
  const imported = await dispatch('image:import', {
    articleId: SOURCE,
    name: 'cau-long-bien.jpg',
    dataBase64: (await makeJpeg(40, 30, 7)).toString('base64'),
  });
  if (!imported.ok) throw new Error(imported.error.message);
  const image = imported.value as ImportedImage;
  const assetPath = (articleId: string) =>
    path.join(libraryPath, articleId, 'assets', image.assetId);
  return { root, libraryPath, dispatch, image, assetPath };
}

describe('image:copy', () => {
  it('copies the stored file into the target article, byte for byte, and answers its URL', async () => {
    const { dispatch, image, assetPath } = await setUp();
    const result = await dispatch('image:copy', {
      toArticleId: TARGET,
      assetId: image.assetId,
      fromArticleId: SOURCE,
    });
    expect(result).toEqual({
      ok: true,
      value: { copied: true, url: `/media/${TARGET}/${image.assetId}` },
    });
    expect(await readFile(assetPath(TARGET))).toEqual(await readFile(assetPath(SOURCE)));
    expect(
      await dispatch('image:url', { articleId: TARGET, assetId: image.assetId }),
    ).toMatchObject({ ok: true });
  });

  it('is idempotent: a second copy changes nothing and leaves no temp files', async () => {
    const { dispatch, image, assetPath, libraryPath } = await setUp();
    const request = { toArticleId: TARGET, assetId: image.assetId, fromArticleId: SOURCE };
    await dispatch('image:copy', request);
    const before = await readFile(assetPath(TARGET));
    expect(await dispatch('image:copy', request)).toMatchObject({
      ok: true,
      value: { copied: false },
    });
    expect(await readFile(assetPath(TARGET))).toEqual(before);
    expect(await readdir(path.join(libraryPath, TARGET, 'assets'))).toEqual([image.assetId]);
  });

  it('finds the image in the library when the source article is not known', async () => {
    const { dispatch, image, assetPath } = await setUp();
    expect(
      await dispatch('image:copy', { toArticleId: TARGET, assetId: image.assetId }),
    ).toMatchObject({ ok: true, value: { copied: true } });
    expect(await readFile(assetPath(TARGET))).toEqual(await readFile(assetPath(SOURCE)));
  });

  it('falls back to the library when the hinted article does not have it', async () => {
    const { dispatch, image } = await setUp();
    expect(
      await dispatch('image:copy', {
        toArticleId: TARGET,
        assetId: image.assetId,
        fromArticleId: OTHER,
      }),
    ).toMatchObject({ ok: true, value: { copied: true } });
  });

  it('refuses a file whose bytes no longer match its hash name, and writes nothing', async () => {
    const { dispatch, image, assetPath, libraryPath } = await setUp();
    await writeFile(assetPath(SOURCE), 'tampered bytes');
    const result = await dispatch('image:copy', {
      toArticleId: TARGET,
      assetId: image.assetId,
      fromArticleId: SOURCE,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await expect(readdir(path.join(libraryPath, TARGET, 'assets'))).rejects.toThrow();
  });

  it('does not follow a symlink that leads out of the library', async () => {
    const { root, dispatch, image, libraryPath } = await setUp();
    const outside = path.join(root, 'outside.jpg');
    await writeFile(
      outside,
      await readFile(path.join(libraryPath, SOURCE, 'assets', image.assetId)),
    );
    await mkdir(path.join(libraryPath, OTHER, 'assets'));
    await symlink(outside, path.join(libraryPath, OTHER, 'assets', image.assetId));
    await writeFile(path.join(libraryPath, SOURCE, 'assets', image.assetId), 'gone');
    expect(
      await dispatch('image:copy', { toArticleId: TARGET, assetId: image.assetId }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it.each([
    ['a path as asset id', { toArticleId: TARGET, assetId: '../../secret.jpg' }],
    ['a path as article id', { toArticleId: '../..', assetId: `${'ab'.repeat(32)}.jpg` }],
    ['an extra field', { toArticleId: TARGET, assetId: `${'ab'.repeat(32)}.jpg`, path: '/etc' }],
  ])('refuses %s', async (_name, request) => {
    const { dispatch } = await setUp();
    expect(await dispatch('image:copy', request)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('finds the image in the trashed folder of the article it came from', async () => {
    const { dispatch, image, assetPath, libraryPath } = await setUp();
    // "Restore as a copy" of the unsaved edits of an article trashed since.
    const trashed = await dispatch('article:trash', { id: SOURCE });
    expect(trashed).toMatchObject({ ok: true });
    const trash = path.join(libraryPath, '.trash');
    const [trashId] = await readdir(trash);
    const original = await readFile(path.join(trash, trashId!, 'assets', image.assetId));
    const result = await dispatch('image:copy', {
      toArticleId: TARGET,
      assetId: image.assetId,
      fromArticleId: SOURCE,
    });
    expect(result).toMatchObject({ ok: true, value: { copied: true } });
    expect(await readFile(assetPath(TARGET))).toEqual(original);
  });

  it('answers not-found for an image no article has', async () => {
    const { dispatch } = await setUp();
    expect(
      await dispatch('image:copy', { toArticleId: TARGET, assetId: `${'ab'.repeat(32)}.jpg` }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a target article that does not exist', async () => {
    const { dispatch, image } = await setUp();
    expect(
      await dispatch('image:copy', {
        toArticleId: 'a1b2c3d4-0000-4000-8000-00000000dead',
        assetId: image.assetId,
      }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

/**
 * The web host exports into `<library>/exports` (export-handlers.ts). A library
 * may be a shared or synced folder, so a link in it may have been put there by
 * anyone: an `exports` link to another folder (a synced public folder, a web
 * server's document root) would have the reporter's unpublished article and its
 * photos written there. The store and the history never follow a link out of
 * the library; the exports folder must not either.
 */
import { mkdir, readdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORTS_FOLDER_NAME } from '../../../electron/services/article-export';
import { formatMessage } from '../../../shared/i18n/messages';
import { failureMessage } from '../../../renderer/src/i18n/error-text';
import { useTempDirs } from './temp-dir';
import { webHostLibraryWithArticle } from './web-host-library';

const tempDir = useTempDirs();

async function webHostLibrary() {
  const root = await tempDir();
  return { root, ...(await webHostLibraryWithArticle(root, 'Nguồn tin giấu tên')) };
}

describe('the web host’s exports folder', () => {
  it('is not followed when it is a link leading out of the library', async () => {
    const { dispatch, root, libraryPath, id } = await webHostLibrary();
    const outside = path.join(root, 'public-html');
    await mkdir(outside);
    await symlink(outside, path.join(libraryPath, EXPORTS_FOLDER_NAME), 'dir');

    const result = await dispatch('article:export', { id });

    expect(result.ok).toBe(false);
    expect(await readdir(outside)).toEqual([]);
  });

  it('is still made and used when it is a real folder', async () => {
    const { dispatch, libraryPath, id } = await webHostLibrary();
    const result = await dispatch('article:export', { id });
    expect(result.ok).toBe(true);
    expect(await readdir(path.join(libraryPath, EXPORTS_FOLDER_NAME))).toContain(
      'nguon-tin-giau-ten',
    );
  });

  // The refusal is the app's own sentence, not the system's: in the Vietnamese
  // UI it was shown in English inside the Vietnamese one.
  it('says why it refused in the language of the UI', async () => {
    const { dispatch, root, libraryPath, id } = await webHostLibrary();
    const outside = path.join(root, 'elsewhere');
    await mkdir(outside);
    await symlink(outside, path.join(libraryPath, EXPORTS_FOLDER_NAME), 'dir');

    const result = await dispatch('article:export', { id });
    if (result.ok) throw new Error('not refused');
    const folder = path.join(libraryPath, EXPORTS_FOLDER_NAME);
    const shown = failureMessage(
      'export.failed',
      result.error,
    )((key, params) => formatMessage('vi', key, params));
    expect(shown).toContain(folder);
    expect(shown.replaceAll(folder, '')).not.toMatch(/\b(link|folder|library)\b/i);
  });
});

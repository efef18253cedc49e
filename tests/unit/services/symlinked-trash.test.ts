/**
 * Trashing an article moves its folder, text and photos, into `<library>/.trash`
 * (article-store.ts). A library may be a shared or synced folder, so a link in
 * it may have been put there by anyone: a `.trash` link to another folder on
 * the same disk (a synced public folder, another user's) had the reporter's
 * article moved out of the library, to there, by the rename. The store never
 * follows a link out of the library; its trash must not either.
 */
import { mkdir, readdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRASH_FOLDER_NAME } from '../../../electron/services/article-store';
import { formatMessage } from '../../../shared/i18n/messages';
import { failureMessage } from '../../../renderer/src/i18n/error-text';
import { useTempDirs } from './temp-dir';
import { value, webHostLibraryWithArticle } from './web-host-library';

const tempDir = useTempDirs();

async function libraryWithArticle() {
  const root = await tempDir();
  return { root, ...(await webHostLibraryWithArticle(root, 'Nguồn tin giấu tên')) };
}

describe('the trash', () => {
  it('does not move an article through a .trash link out of the library', async () => {
    const { dispatch, root, libraryPath, id } = await libraryWithArticle();
    const outside = path.join(root, 'shared-public');
    await mkdir(outside);
    await symlink(outside, path.join(libraryPath, TRASH_FOLDER_NAME), 'dir');

    const result = await dispatch('article:trash', { id });

    expect(result.ok).toBe(false);
    expect(await readdir(outside)).toEqual([]);
    // The article stays where it was, whole.
    expect(await readdir(path.join(libraryPath, id))).toContain('article.json');
  });

  it('still makes and uses a real .trash folder', async () => {
    const { dispatch, libraryPath, id } = await libraryWithArticle();
    const { trashId } = value<{ trashId: string }>(await dispatch('article:trash', { id }));
    expect(await readdir(path.join(libraryPath, TRASH_FOLDER_NAME))).toEqual([trashId]);
  });

  // The refusal is the app's own sentence, not the system's: in the Vietnamese
  // UI it was shown in English inside the Vietnamese one.
  it('says why it refused in the language of the UI', async () => {
    const { dispatch, root, libraryPath, id } = await libraryWithArticle();
    const outside = path.join(root, 'elsewhere');
    await mkdir(outside);
    await symlink(outside, path.join(libraryPath, TRASH_FOLDER_NAME), 'dir');

    const result = await dispatch('article:trash', { id });
    if (result.ok) throw new Error('not refused');
    const folder = path.join(libraryPath, TRASH_FOLDER_NAME);
    const shown = failureMessage(
      'library.trashFailed',
      result.error,
    )((key, params) => formatMessage('vi', key, params));
    expect(shown).toContain(folder);
    expect(shown.replaceAll(folder, '')).not.toMatch(/\b(link|folder|library)\b/i);
  });
});

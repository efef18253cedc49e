/**
 * A settings file damaged while Newsdesk runs (edited by hand with a typo, a
 * sync tool's half-written copy): conf reads the file at every access and
 * threw on it, so the page's next app:info ("Newsdesk could not start") and
 * every "Insert image" (its size limit is a setting) failed until a restart.
 * The settings last read whole stay in force instead.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { openSettings } from '../../../electron/services/settings';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

describe('a settings file damaged after start', () => {
  it('leaves the settings read before in force, and app:info answering', async () => {
    const root = await tempDir();
    const cwd = path.join(root, 'config');
    const settings = openSettings({ cwd, projectName: 'Newsdesk' });
    expect(settings.update({ language: 'vi' }).ok).toBe(true);
    const { dispatch } = createAppServices({
      settings,
      host: 'web',
      systemLocales: ['en-GB'],
      libraryPath: path.join(root, 'library'),
      notices: [],
    });

    await writeFile(path.join(cwd, 'settings.json'), '{ "language": "vi", "houseStyle": { ');
    expect(() => settings.get()).not.toThrow();
    expect(settings.get().language).toBe('vi');
    expect(await dispatch('app:info', {})).toMatchObject({
      ok: true,
      value: { language: 'vi', languageChoice: 'vi' },
    });
  });
});

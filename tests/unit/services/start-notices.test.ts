/**
 * What main says at start (a damaged settings file set aside) is said once:
 * not again at every reload of the page, nor after File ▸ Open library, which
 * rebuilds the services and reloads the window (the reporter read that the
 * settings were damaged again each time).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { openSettings } from '../../../electron/services/settings';
import type { AppInfo } from '../../../shared/ipc/channels';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

describe('start-up notices', () => {
  it('are in the first app:info only, also across a library switch', async () => {
    const root = await tempDir();
    const config = path.join(root, 'config');
    await mkdir(config);
    await writeFile(path.join(config, 'settings.json'), '{ "language": "vi", ');
    const settings = openSettings({ cwd: config, projectName: 'Newsdesk' });
    const options = (library: string) => ({
      settings,
      host: 'web' as const,
      systemLocales: ['vi-VN'],
      libraryPath: path.join(root, library),
      notices: settings.notices,
    });
    const info = async (dispatch: ReturnType<typeof createAppServices>['dispatch']) =>
      ((await dispatch('app:info', {})) as { ok: true; value: AppInfo }).value;

    const first = createAppServices(options('library'));
    expect((await info(first.dispatch)).notices).toEqual([
      expect.objectContaining({ key: 'settings.notice.setAside' }),
    ]);
    // The page reloaded.
    expect((await info(first.dispatch)).notices).toEqual([]);
    // File ▸ Open library: new services, the same settings.
    const second = createAppServices(options('other'));
    expect((await info(second.dispatch)).notices).toEqual([]);
  });
});

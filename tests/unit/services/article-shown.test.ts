/**
 * 'app:article-shown' reaches the host's listener (Electron's menu enables its
 * article commands from it); a host without one (the web host) just answers.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { openSettings } from '../../../electron/services/settings';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

async function services(onArticleShown?: (open: boolean) => void) {
  const root = await tempDir();
  return createAppServices({
    settings: openSettings({ cwd: path.join(root, 'config'), projectName: 'Newsdesk' }),
    host: onArticleShown ? 'electron' : 'web',
    systemLocales: ['vi-VN'],
    libraryPath: path.join(root, 'library'),
    notices: [],
    ...(onArticleShown && { onArticleShown }),
  });
}

it('tells the host whether an article is shown, in order', async () => {
  const told: boolean[] = [];
  const { dispatch } = await services((open) => told.push(open));
  expect(await dispatch('app:article-shown', { open: true })).toEqual({
    ok: true,
    value: { open: true },
  });
  await dispatch('app:article-shown', { open: false });
  expect(told).toEqual([true, false]);
  // Anything but a boolean is refused before it reaches the host.
  expect(await dispatch('app:article-shown', { open: 'yes' })).toMatchObject({ ok: false });
  expect(told).toEqual([true, false]);
});

it('answers where no host listens', async () => {
  const { dispatch } = await services();
  expect(await dispatch('app:article-shown', { open: false })).toMatchObject({ ok: true });
});

/**
 * settings:update takes the house-style values that changed and keeps the
 * others as stored: Settings sent the whole style as the page last heard it,
 * and a change made while the one before was still being saved put that one
 * back (tests/e2e/house-style-slow-save.spec.ts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { openSettings } from '../../../electron/services/settings';
import { DEFAULT_HOUSE_STYLE } from '../../../shared/house-style';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

describe('settings:update with part of the house style', () => {
  it('changes those values and keeps the stored others', async () => {
    const root = await tempDir();
    const settings = openSettings({ cwd: path.join(root, 'config'), projectName: 'Newsdesk' });
    const { dispatch } = createAppServices({
      settings,
      host: 'web',
      systemLocales: ['en-GB'],
      libraryPath: path.join(root, 'library'),
      notices: [],
    });
    expect(
      await dispatch('settings:update', { houseStyle: { headlineMaxChars: 120 } }),
    ).toMatchObject({ ok: true });
    expect(await dispatch('settings:update', { houseStyle: { curlyQuotes: false } })).toMatchObject(
      {
        ok: true,
        value: {
          houseStyle: { ...DEFAULT_HOUSE_STYLE, headlineMaxChars: 120, curlyQuotes: false },
        },
      },
    );
    expect(settings.get().houseStyle).toEqual({
      ...DEFAULT_HOUSE_STYLE,
      headlineMaxChars: 120,
      curlyQuotes: false,
    });
    // A value out of range is still refused, and nothing is written.
    expect(await dispatch('settings:update', { houseStyle: { sapoMaxChars: 5 } })).toMatchObject({
      ok: false,
    });
    expect(settings.get().houseStyle?.sapoMaxChars).toBe(DEFAULT_HOUSE_STYLE.sapoMaxChars);
  });
});

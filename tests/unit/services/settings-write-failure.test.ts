/**
 * A settings file that cannot be written (the settings folder read-only, a
 * full disk): SettingsService.update says so in its result. It threw, and
 * main's own callers do not go through the bridge's catch: the window-state
 * listener raised an error dialog on every move or resize, and on closing
 * the window it stopped the next 'close' listener, which saves the open
 * article first.
 */
import { describe, expect, it } from 'vitest';
import { SettingsService, type SettingsBackingStore } from '../../../electron/services/settings';

function unwritableStore(code: string): SettingsBackingStore {
  return {
    store: { language: 'en' },
    set() {
      throw Object.assign(new Error(`${code}: cannot write, open '/config/settings.json'`), {
        code,
        path: '/config/settings.json',
      });
    },
  };
}

describe('SettingsService.update on a settings file that cannot be written', () => {
  it.each([
    ['EROFS', 'errors.fs.readOnly'],
    ['ENOSPC', 'errors.fs.noSpace'],
    ['EACCES', 'errors.fs.denied'],
  ])('returns a failed result for %s instead of throwing', (code, key) => {
    const settings = new SettingsService(unwritableStore(code));
    let result: ReturnType<SettingsService['update']> | undefined;
    expect(() => {
      result = settings.update({ window: { width: 1000, height: 700, maximized: false } });
    }).not.toThrow();
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'io', detail: { key, params: { path: '/config/settings.json', code } } },
    });
    // What was in force stays in force.
    expect(settings.get().language).toBe('en');
  });
});

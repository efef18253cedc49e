import { readdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../shared/i18n/messages';
import {
  defaultSettings,
  openSettings,
  setAsideCorruptSettings,
  settingsStoreOptions,
  SettingsService,
} from '../../../electron/services/settings';
import { systemLocalesFromEnvironment } from '../../../electron/services/app-services';
import { firstUiLanguage } from '../../../shared/settings';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const projectName = 'newsdesk-test';
const fixedNow = () => new Date(1_740_816_000_000);

describe('openSettings', () => {
  it('starts with the defaults and writes them to settings.json', async () => {
    const cwd = await tempDir();
    const settings = openSettings({ cwd, projectName });
    expect(settings.get()).toEqual({
      libraryPath: join(homedir(), 'Documents', 'Newsdesk'),
      language: 'system',
      window: { width: 1280, height: 860, maximized: false },
    });
    expect(settings.notices).toEqual([]);
    expect(JSON.parse(await readFile(join(cwd, 'settings.json'), 'utf8'))).toEqual(
      defaultSettings(),
    );
  });

  it('lets the caller override defaults', async () => {
    const cwd = await tempDir();
    const settings = openSettings({ cwd, projectName, defaults: { libraryPath: '/srv/library' } });
    expect(settings.get().libraryPath).toBe('/srv/library');
  });

  it('keeps updates across a reopen', async () => {
    const cwd = await tempDir();
    const first = openSettings({ cwd, projectName });
    const updated = first.update({
      language: 'vi',
      window: { width: 1500, height: 900, maximized: true },
    });
    expect(updated.ok).toBe(true);
    const reopened = openSettings({ cwd, projectName });
    expect(reopened.get()).toMatchObject({
      language: 'vi',
      window: { width: 1500, height: 900, maximized: true },
    });
    expect(reopened.notices).toEqual([]);
  });

  it('refuses an invalid update and keeps the old value', async () => {
    const cwd = await tempDir();
    const settings = openSettings({ cwd, projectName });
    const result = settings.update({ language: 'fr' as 'vi' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid-request');
    expect(openSettings({ cwd, projectName }).get().language).toBe('system');
  });

  it.each([
    ['invalid JSON', '{"language": "vi",'],
    ['an empty file', ''],
    ['something that is not an object', '[1, 2, 3]'],
  ])(
    'sets aside a settings file holding %s, with a notice, and starts with defaults',
    async (_label, content) => {
      const cwd = await tempDir();
      await writeFile(join(cwd, 'settings.json'), content);
      const settings = openSettings({ cwd, projectName, now: fixedNow });

      const asideName = 'settings.json.corrupt-1740816000000';
      expect(await readFile(join(cwd, asideName), 'utf8')).toBe(content);
      expect(settings.get()).toEqual(defaultSettings());
      expect(settings.notices).toEqual([
        { key: 'settings.notice.setAside', params: { path: join(cwd, asideName) } },
      ]);
      // Said in the reporter's language.
      const [notice] = settings.notices;
      expect(formatMessage('en', notice!.key, notice!.params)).toMatch(/default settings/);
      expect(formatMessage('vi', notice!.key, notice!.params)).toBe(
        `Không đọc được tệp cài đặt nên Newsdesk khởi động với cài đặt mặc định. Tệp cũ đã được chuyển sang ${join(cwd, asideName)}.`,
      );
      expect((await readdir(cwd)).sort()).toEqual(['settings.json', asideName]);
    },
  );

  it('never overwrites an earlier aside file', async () => {
    const cwd = await tempDir();
    await writeFile(join(cwd, 'settings.json'), 'first broken');
    openSettings({ cwd, projectName, now: fixedNow });
    await writeFile(join(cwd, 'settings.json'), 'second broken');
    openSettings({ cwd, projectName, now: fixedNow });
    const asides = (await readdir(cwd)).filter((name) => name.includes('corrupt'));
    expect(asides).toHaveLength(2);
    const contents = await Promise.all(asides.map((name) => readFile(join(cwd, name), 'utf8')));
    expect(contents.sort()).toEqual(['first broken', 'second broken']);
  });

  it('keeps a file with a bad value: only that value falls back, the library and recent libraries stay', async () => {
    const cwd = await tempDir();
    const content = JSON.stringify({
      libraryPath: '/srv/toa-soan',
      recentLibraries: ['/srv/toa-soan', '/home/pv/cu'],
      language: 'klingon',
      window: { width: 10, height: 10, maximized: false },
    });
    await writeFile(join(cwd, 'settings.json'), content);
    const settings = openSettings({ cwd, projectName, now: fixedNow });
    expect(settings.get()).toMatchObject({
      libraryPath: '/srv/toa-soan',
      recentLibraries: ['/srv/toa-soan', '/home/pv/cu'],
      language: 'system',
      window: defaultSettings().window,
    });
    expect(settings.notices).toEqual([
      { key: 'settings.notice.unread', params: { keys: 'language, window' } },
    ]);
    expect(await readdir(cwd)).toEqual(['settings.json']);
    expect(await readFile(join(cwd, 'settings.json'), 'utf8')).toBe(content);
  });

  it('reads what it knows of a setting a newer Newsdesk added keys to (a downgrade)', async () => {
    const cwd = await tempDir();
    const houseStyle = {
      toneStyle: 'new',
      headlineMaxChars: 120,
      sapoMaxChars: 400,
      curlyQuotes: false,
    };
    await writeFile(
      join(cwd, 'settings.json'),
      JSON.stringify({
        houseStyle: { ...houseStyle, dashStyle: 'en' },
        history: { keepAllDays: 2, keepDailyDays: 60, minIntervalMinutes: 10, keepWeekly: true },
      }),
    );
    const settings = openSettings({ cwd, projectName });
    expect(settings.get().houseStyle).toEqual(houseStyle);
    expect(settings.get().history).toEqual({
      keepAllDays: 2,
      keepDailyDays: 60,
      minIntervalMinutes: 10,
    });
    expect(settings.notices).toEqual([]);
  });

  it('keeps the rest of the house style when one of its values is not valid', async () => {
    const cwd = await tempDir();
    // A newer Newsdesk, or a hand edit, put a sapo limit this version refuses.
    await writeFile(
      join(cwd, 'settings.json'),
      JSON.stringify({
        houseStyle: {
          toneStyle: 'new',
          headlineMaxChars: 120,
          sapoMaxChars: 5,
          curlyQuotes: false,
        },
      }),
    );
    const settings = openSettings({ cwd, projectName });
    expect(settings.get().houseStyle).toEqual({
      toneStyle: 'new',
      headlineMaxChars: 120,
      sapoMaxChars: 300,
      curlyQuotes: false,
    });
    expect(settings.notices).toEqual([
      { key: 'settings.notice.unread', params: { keys: 'houseStyle.sapoMaxChars' } },
    ]);
  });

  it('reads a file edited by hand that starts with a byte-order mark (Windows Notepad)', async () => {
    const cwd = await tempDir();
    const content = `\uFEFF${JSON.stringify({ libraryPath: 'D:\\Toa soan', language: 'vi' })}`;
    await writeFile(join(cwd, 'settings.json'), content);
    const settings = openSettings({ cwd, projectName, now: fixedNow });
    expect(settings.get()).toMatchObject({ libraryPath: 'D:\\Toa soan', language: 'vi' });
    expect(settings.notices).toEqual([]);
    expect(await readdir(cwd)).toEqual(['settings.json']);
    expect(settings.update({ language: 'en' }).ok).toBe(true);
    expect(openSettings({ cwd, projectName }).get()).toMatchObject({
      libraryPath: 'D:\\Toa soan',
      language: 'en',
    });
  });

  it('keeps a file with unknown extra keys (e.g. written by a newer Newsdesk)', async () => {
    const cwd = await tempDir();
    await writeFile(
      join(cwd, 'settings.json'),
      JSON.stringify({ language: 'en', futureOption: true }),
    );
    const settings = openSettings({ cwd, projectName });
    expect(settings.notices).toEqual([]);
    expect(settings.get().language).toBe('en');
  });
});

describe('setAsideCorruptSettings', () => {
  it('returns null and moves nothing for a missing or healthy file', async () => {
    const cwd = await tempDir();
    const filePath = join(cwd, 'settings.json');
    expect(setAsideCorruptSettings(filePath)).toBeNull();
    await writeFile(filePath, JSON.stringify(defaultSettings()));
    expect(setAsideCorruptSettings(filePath)).toBeNull();
    expect(await readdir(cwd)).toEqual(['settings.json']);
  });
});

describe('settingsStoreOptions', () => {
  it('points electron-store at the same file with the same defaults', async () => {
    const cwd = await tempDir();
    const options = settingsStoreOptions({ cwd });
    expect(options).toMatchObject({
      cwd,
      name: 'settings',
      clearInvalidConfig: false,
      defaults: defaultSettings(),
    });
    // electron-store maps `name` to conf's `configName`; do the same to check the file it would use.
    const { name, ...rest } = options;
    const store = new Conf({ ...rest, configName: name, projectName });
    expect(store.path).toBe(join(cwd, 'settings.json'));
  });
});

describe('SettingsService.effectiveLanguage', () => {
  async function serviceWith(language: 'system' | 'vi' | 'en') {
    const cwd = await tempDir();
    const service = new SettingsService(new Conf({ cwd, projectName, configName: 'settings' }));
    expect(service.update({ language }).ok).toBe(true);
    return service;
  }

  it('puts NEWSDESK_LANG first', async () => {
    expect((await serviceWith('en')).effectiveLanguage(['en-US'], 'vi')).toBe('vi');
    expect((await serviceWith('vi')).effectiveLanguage(['vi-VN'], 'en')).toBe('en');
    expect((await serviceWith('system')).effectiveLanguage(['en-US'], ' VI ')).toBe('vi');
  });

  it('ignores an override that is not vi or en', async () => {
    expect((await serviceWith('vi')).effectiveLanguage(['en-US'], 'fr')).toBe('vi');
    expect((await serviceWith('system')).effectiveLanguage(['vi-VN'], '')).toBe('vi');
  });

  it('uses the setting when it is not "system"', async () => {
    expect((await serviceWith('en')).effectiveLanguage(['vi-VN'])).toBe('en');
    expect((await serviceWith('vi')).effectiveLanguage(['en-US'])).toBe('vi');
  });

  it('follows the system languages when the setting is "system"', async () => {
    const service = await serviceWith('system');
    expect(service.effectiveLanguage(['vi-VN', 'en-US'])).toBe('vi');
    expect(service.effectiveLanguage(['vi'])).toBe('vi');
    expect(service.effectiveLanguage(['fr-FR', 'vi_VN'])).toBe('vi');
    expect(service.effectiveLanguage(['en-GB', 'vi-VN'])).toBe('en');
    expect(service.effectiveLanguage(['fr-FR', 'de-DE'])).toBe('en');
    expect(service.effectiveLanguage([])).toBe('en');
  });

  it('falls back to the default for a value edited into something invalid after start-up', async () => {
    const cwd = await tempDir();
    const settings = openSettings({ cwd, projectName });
    await writeFile(
      join(cwd, 'settings.json'),
      JSON.stringify({ ...defaultSettings(), language: 'klingon' }),
    );
    expect(settings.get().language).toBe('system');
  });
});

describe('systemLocalesFromEnvironment (the web host\'s "Same as the system")', () => {
  const language = (env: NodeJS.ProcessEnv) => firstUiLanguage(systemLocalesFromEnvironment(env));

  it('puts LANGUAGE before LANG, as GLib (and so the desktop app) does', () => {
    // A Vietnamese desktop keeping English formats: LANG for dates, LANGUAGE for the words.
    expect(language({ LANG: 'en_US.UTF-8', LANGUAGE: 'vi:en' })).toBe('vi');
    expect(language({ LANG: 'vi_VN.UTF-8', LANGUAGE: 'fr:en_GB' })).toBe('en');
    expect(language({ LANG: 'vi_VN.UTF-8', LANGUAGE: '' })).toBe('vi');
    expect(language({ LC_ALL: 'C.UTF-8', LANG: 'vi_VN.UTF-8' })).toBe('vi');
  });
});

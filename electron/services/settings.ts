/**
 * User settings, kept in a conf-compatible store: electron-store in the desktop
 * app (constructed by electron/main/ wiring, since it loads `electron`) and
 * `conf` itself under plain Node (web host, tests).
 *
 * conf throws at start-up on a corrupt file, and its `clearInvalidConfig`
 * option wipes the file silently (PITFALLS.md, "electron-store"). Neither is
 * acceptable: a damaged settings file is moved aside, Newsdesk starts with
 * defaults, and the user is told where the old file went. Validation is our
 * zod schema (shared/settings.ts), not conf's JSON-schema option, so one
 * definition serves the bridge and the store.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { z } from 'zod';
import { fail, ok, type LocalizedDetail, type Result } from '../../shared/ipc/result';
import { fileSystemDetail } from './file-system-detail';
import { houseStyleSchema, resolveHouseStyle } from '../../shared/house-style';
import {
  firstUiLanguage,
  historySettingsSchema,
  resolveHistorySettings,
  settingsSchema,
  windowStateSchema,
  type Settings,
  type UiLanguage,
} from '../../shared/settings';

export const SETTINGS_CONFIG_NAME = 'settings';
export const SETTINGS_FILE_NAME = `${SETTINGS_CONFIG_NAME}.json`;

export function defaultSettings(): Settings {
  return {
    libraryPath: join(homedir(), 'Documents', 'Newsdesk'),
    language: 'system',
    window: { width: 1280, height: 860, maximized: false },
  };
}

/**
 * Where settings live when no folder is given: the same folder Electron uses as
 * `userData` for an app named `projectName`, so the web host and the desktop
 * app share one settings file.
 */
export function defaultSettingsFolder(projectName: string): string {
  const home = homedir();
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), projectName);
  if (process.platform === 'darwin')
    return join(home, 'Library', 'Application Support', projectName);
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), projectName);
}

/**
 * What the file may hold: every key optional (conf fills the missing ones from
 * the defaults) and unknown keys ignored (conf's own `__internal__`, or a key
 * added by a newer Newsdesk, is no reason to discard the user's settings).
 */
/**
 * How each stored setting is read: as settingsSchema checks it, except that
 * keys a newer Newsdesk added inside an object are dropped, not a reason to
 * throw the whole object away (a downgrade must not lose the house style).
 */
const storedValueSchemas: Record<keyof Settings, z.ZodType> = {
  ...settingsSchema.shape,
  window: windowStateSchema.strip(),
  history: historySettingsSchema.strip().optional(),
  houseStyle: houseStyleSchema.strip().optional(),
};

/**
 * Settings that, when their object fails its check as a whole, are read value
 * by value: one house-style value that is not valid (edited by hand, or a
 * range a newer Newsdesk widened) falls back alone, instead of taking the tone
 * style and the other limits with it — the old tone style would then rewrite
 * pasted and normalised text against the newsroom's choice. The history's
 * retention likewise: a lost value meant versions pruned that were to be kept.
 */
const readValueByValue: Partial<
  Record<keyof Settings, { shape: Record<string, z.ZodType>; read: (stored: object) => unknown }>
> = {
  houseStyle: { shape: houseStyleSchema.shape, read: resolveHouseStyle },
  history: { shape: historySettingsSchema.shape, read: resolveHistorySettings },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What the notice names for a setting that failed: its failed values (`houseStyle.sapoMaxChars`), else itself. */
function unreadablePaths(key: keyof Settings, stored: unknown): string[] {
  const byValue = readValueByValue[key];
  if (!byValue || !isPlainObject(stored)) return [key];
  return Object.entries(byValue.shape)
    .filter(
      ([inner, schema]) => stored[inner] !== undefined && !schema.safeParse(stored[inner]).success,
    )
    .map(([inner]) => `${key}.${inner}`);
}

/**
 * The settings file's JSON, read past a leading byte-order mark: Windows
 * Notepad (before 2019) and PowerShell 5 write one when the file is edited by
 * hand, and JSON.parse refuses it — the whole file, library path included,
 * was set aside for it. Also conf's and electron-store's `deserialize`.
 */
export function parseSettingsText(text: string): Record<string, unknown> {
  // An object: a file holding anything else was set aside before the store opened it.
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Record<
    string,
    unknown
  >;
}

/**
 * Why a settings file cannot be used at all, or null when it can (or does not
 * exist). Only a file that is not a JSON object is set aside: a value that
 * fails its check falls back to its default on its own (SettingsService.get),
 * so one bad value never costs the library path and the recent libraries.
 */
function settingsFileProblem(filePath: string): string | null {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let data: unknown;
  try {
    data = parseSettingsText(text) as unknown;
  } catch {
    return 'it is not valid JSON';
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return 'it does not hold a settings object';
  return null;
}

/**
 * Moves a settings file that cannot be used to `<file>.corrupt-<ms timestamp>`
 * and returns the new path, or returns null when the file is fine or absent.
 * Run it before constructing conf or electron-store, which would otherwise throw
 * (or, with clearInvalidConfig, wipe the file).
 */
export function setAsideCorruptSettings(
  filePath: string,
  now: () => Date = () => new Date(),
): string | null {
  if (settingsFileProblem(filePath) === null) return null;
  let asidePath = `${filePath}.corrupt-${now().getTime()}`;
  for (let attempt = 1; existsSync(asidePath); attempt++)
    asidePath = `${filePath}.corrupt-${now().getTime()}-${attempt}`;
  renameSync(filePath, asidePath);
  return asidePath;
}

/** What the user is told when some stored settings were not valid. */
export function unreadSettingsNotice(keys: string[]): LocalizedDetail {
  return { key: 'settings.notice.unread', params: { keys: keys.join(', ') } };
}

/** What the user is told after `setAsideCorruptSettings` moved a file. */
export function setAsideNotice(asidePath: string): LocalizedDetail {
  return { key: 'settings.notice.setAside', params: { path: asidePath } };
}

export interface SettingsStoreOptionsInput {
  /** The folder holding settings.json (Electron: app.getPath('userData')). */
  cwd: string;
  defaults?: Partial<Settings>;
}

/**
 * Options for `new ElectronStore(...)` that give the same file and defaults as
 * `openSettings`. electron-store names the file with `name`, conf with `configName`.
 */
export function settingsStoreOptions(input: SettingsStoreOptionsInput) {
  return {
    cwd: input.cwd,
    name: SETTINGS_CONFIG_NAME,
    defaults: { ...defaultSettings(), ...input.defaults },
    deserialize: parseSettingsText,
    // Never let the store wipe a file: setAsideCorruptSettings runs first.
    clearInvalidConfig: false,
  };
}

/** The part of conf / electron-store that the service uses. */
export interface SettingsBackingStore {
  readonly store: Record<string, unknown>;
  set(key: string, value: unknown): void;
}

export class SettingsService {
  private readonly backing: SettingsBackingStore;
  private readonly defaults: Settings;
  /** Messages for the user from start-up (AppInfo.notices). */
  readonly notices: LocalizedDetail[];
  /** The file's settings as last read whole (see `stored`). */
  private lastStored: Record<string, unknown> = {};

  constructor(
    backing: SettingsBackingStore,
    options: { defaults?: Partial<Settings>; notices?: LocalizedDetail[] } = {},
  ) {
    this.backing = backing;
    this.defaults = { ...defaultSettings(), ...options.defaults };
    this.notices = [...(options.notices ?? [])];
    const unread = this.unreadableKeys();
    if (unread.length > 0) this.notices.push(unreadSettingsNotice(unread));
  }

  /**
   * The stored settings. conf and electron-store read the file at every
   * access and throw when it is no longer JSON: damaged after start (a hand
   * edit with a typo, a sync tool's half-written copy), it made app:info,
   * image imports and every setting fail until a restart, which sets the file
   * aside. Until then, the settings last read whole stay in force.
   */
  private stored(): Record<string, unknown> {
    try {
      this.lastStored = this.backing.store;
    } catch {
      // Kept: lastStored.
    }
    return this.lastStored;
  }

  /** The stored settings whose values are not valid (each uses its default). */
  private unreadableKeys(): string[] {
    const stored = this.stored();
    return Object.entries(storedValueSchemas)
      .filter(
        ([key, schema]) => stored[key] !== undefined && !schema.safeParse(stored[key]).success,
      )
      .flatMap(([key]) => unreadablePaths(key as keyof Settings, stored[key]));
  }

  /**
   * The current settings. Each key is checked on its own, so a value edited by
   * hand into something invalid after start-up falls back to its default
   * instead of breaking the app.
   */
  get(): Settings {
    const stored = this.stored();
    const result: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(storedValueSchemas)) {
      const value = stored[key];
      const parsed = schema.safeParse(value);
      const byValue = readValueByValue[key as keyof Settings];
      if (parsed.success) result[key] = parsed.data;
      else if (byValue && isPlainObject(value)) result[key] = byValue.read(value);
      else result[key] = this.defaults[key as keyof Settings];
    }
    return result as Settings;
  }

  update(patch: Partial<Settings>): Result<Settings> {
    const parsed = settingsSchema.safeParse({ ...this.get(), ...patch });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail(
        'invalid-request',
        `The "${issue?.path.join('.') ?? '?'}" setting is not valid: ${issue?.message}.`,
      );
    }
    try {
      for (const key of Object.keys(patch) as (keyof Settings)[]) {
        if (patch[key] !== undefined) this.backing.set(key, parsed.data[key]);
      }
    } catch (error) {
      // A settings folder read-only, a full disk: a failed result, as the
      // signature says. Thrown, it escaped main's window-state listener (an
      // error dialog on every move or resize), and on close it stopped the
      // next 'close' listener, the one that saves the open article first.
      return fail(
        'io',
        `Could not write the settings: ${error instanceof Error ? error.message : String(error)}`,
        { detail: fileSystemDetail(error) },
      );
    }
    return ok(this.get());
  }

  /**
   * The language of the UI, in order of priority: the NEWSDESK_LANG override
   * (tests, support), the user's explicit choice, then the system's preferred
   * languages — the first one Newsdesk has a translation for wins, so
   * ['en-US', 'vi-VN'] gives English and ['fr-FR', 'vi-VN'] Vietnamese — and
   * English when none match.
   */
  effectiveLanguage(systemLocales: string[], envOverride?: string): UiLanguage {
    const override = envOverride?.trim().toLowerCase();
    if (override === 'vi' || override === 'en') return override;
    const choice = this.get().language;
    return choice !== 'system' ? choice : firstUiLanguage(systemLocales);
  }
}

export interface OpenSettingsOptions {
  /** The folder holding settings.json; defaults to the platform's per-user config folder. */
  cwd?: string;
  projectName: string;
  defaults?: Partial<Settings>;
  now?: () => Date;
}

/** Opens the settings under plain Node, first moving a damaged file aside. */
export function openSettings(options: OpenSettingsOptions): SettingsService {
  const cwd = options.cwd ?? defaultSettingsFolder(options.projectName);
  const defaults = { ...defaultSettings(), ...options.defaults };
  const asidePath = setAsideCorruptSettings(join(cwd, SETTINGS_FILE_NAME), options.now);
  const store = new Conf<Record<string, unknown>>({
    cwd,
    projectName: options.projectName,
    configName: SETTINGS_CONFIG_NAME,
    defaults,
    deserialize: parseSettingsText,
    clearInvalidConfig: false,
  });
  return new SettingsService(store, {
    defaults,
    notices: asidePath ? [setAsideNotice(asidePath)] : [],
  });
}

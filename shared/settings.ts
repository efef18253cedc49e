/** Settings the user can change. Kept in electron-store (conf under plain Node): never documents. */
import { z } from 'zod';
import { ARTICLE_ID_PATTERN } from './article/ids';
import { houseStyleSchema } from './house-style';

export const LANGUAGE_CHOICES = ['system', 'vi', 'en'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];
export type UiLanguage = 'vi' | 'en';

/**
 * The first of `locales` (most preferred first) Newsdesk has a translation
 * for, English when none: ['en-US', 'vi-VN'] gives English, ['fr-FR', 'vi-VN']
 * Vietnamese. What "Same as the system" means, in main and in the renderer
 * before main has answered.
 */
export function firstUiLanguage(locales: readonly string[]): UiLanguage {
  for (const locale of locales) {
    const language = locale.toLowerCase().split(/[-_]/)[0];
    if (language === 'vi' || language === 'en') return language;
  }
  return 'en';
}

export const windowStateSchema = z.strictObject({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/**
 * How long version-history snapshots are kept (issue #6): every snapshot for
 * `keepAllDays`, then the newest of each day until `keepDailyDays`, then none.
 * Optional in the file, so settings written before it existed stay valid.
 */
export const historySettingsSchema = z.strictObject({
  keepAllDays: z.number().min(0).max(3650),
  keepDailyDays: z.number().min(0).max(3650),
  /** At most one automatic snapshot per this many minutes of saving. */
  minIntervalMinutes: z.number().min(0).max(1440),
});
export type HistorySettings = z.infer<typeof historySettingsSchema>;
export const DEFAULT_HISTORY_SETTINGS: HistorySettings = {
  keepAllDays: 1,
  keepDailyDays: 30,
  minIntervalMinutes: 5,
};

/**
 * The history settings a file holds, value by value, the defaults filling in
 * the rest: a section edited by hand with only the value changed
 * (`"history": { "keepDailyDays": 90 }`), or with one value out of range,
 * otherwise fell back whole, and pruning then deleted versions the newsroom
 * had asked to keep.
 */
export function resolveHistorySettings(stored: unknown): HistorySettings {
  const result: HistorySettings = { ...DEFAULT_HISTORY_SETTINGS };
  if (stored === null || typeof stored !== 'object') return result;
  for (const [key, schema] of Object.entries(historySettingsSchema.shape)) {
    const parsed = schema.safeParse((stored as Record<string, unknown>)[key]);
    if (parsed.success) Object.assign(result, { [key]: parsed.data });
  }
  return result;
}

/**
 * The largest image file "Insert image", drop and paste accept (issue #3). Decimal
 * 50 MB, and no higher: its base64 form must still fit the bridge's transport cap.
 */
export const DEFAULT_MAX_IMAGE_BYTES = 50_000_000;

export const settingsSchema = z.strictObject({
  libraryPath: z.string().min(1),
  language: z.enum(LANGUAGE_CHOICES),
  window: windowStateSchema,
  history: historySettingsSchema.optional(),
  /** File ▸ Recent libraries, most recent first (issue #10). Optional: older files lack it. */
  recentLibraries: z.array(z.string().min(1)).max(20).optional(),
  /** Tone-mark style, limits, quotes (shared/house-style.ts); defaults when absent. */
  houseStyle: houseStyleSchema.optional(),
  /** Image size limit in bytes, enforced by main and checked first by the renderer; default 50 MB. */
  maxImageBytes: z.number().int().min(1).max(DEFAULT_MAX_IMAGE_BYTES).optional(),
  /** The article open when the app was last used, reopened at start (issue #10). */
  lastArticleId: z.string().regex(ARTICLE_ID_PATTERN).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The part of the settings the renderer may change through the bridge. */
export const settingsPatchSchema = z.strictObject({
  language: z.enum(LANGUAGE_CHOICES).optional(),
  /**
   * The house-style values changed, main keeping the others as stored: a
   * whole house style sent from Settings carried the other values as the
   * page last heard them, and a change made while the one before was still
   * being saved (a slow disk) put that one back.
   */
  houseStyle: houseStyleSchema.partial().optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

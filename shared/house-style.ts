/**
 * The newsroom's house style, a library-wide setting (issue #7): tone-mark
 * placement, headline and sapo limits, curly quotes. Optional in the settings
 * file — settings written before it existed stay valid — and always read
 * through `resolveHouseStyle`, which fills in the defaults.
 *
 * Kept apart from shared/settings.ts so the checks (shared/checks), the
 * Normalise command and the CLI can use it without the rest of the settings.
 */
import { z } from 'zod';
import type { CheckOptions } from './checks/types';
import type { ToneStyle } from './text/tone-marks';

export const TONE_STYLES = ['old', 'new'] as const satisfies readonly ToneStyle[];

export const houseStyleSchema = z.strictObject({
  /** 'old': hòa, thủy, khỏe (most Vietnamese news sites); 'new': hoà, thuỷ, khoẻ. */
  toneStyle: z.enum(TONE_STYLES),
  /** Longest headline, in user-perceived characters. */
  headlineMaxChars: z.number().int().min(10).max(1000),
  /** Longest sapo, in user-perceived characters. */
  sapoMaxChars: z.number().int().min(20).max(10_000),
  /** The house prints “curly” quotes: straight ones are flagged by the checks. */
  curlyQuotes: z.boolean(),
});
export type HouseStyle = z.infer<typeof houseStyleSchema>;

export const DEFAULT_HOUSE_STYLE: Readonly<HouseStyle> = Object.freeze({
  toneStyle: 'old',
  headlineMaxChars: 90,
  sapoMaxChars: 300,
  curlyQuotes: true,
});

/** The house style in force: what is stored, each missing or invalid key at its default. */
export function resolveHouseStyle(stored: unknown): HouseStyle {
  const result: HouseStyle = { ...DEFAULT_HOUSE_STYLE };
  if (stored === null || typeof stored !== 'object') return result;
  for (const [key, schema] of Object.entries(houseStyleSchema.shape)) {
    const parsed = (schema as z.ZodType).safeParse((stored as Record<string, unknown>)[key]);
    if (parsed.success) Object.assign(result, { [key]: parsed.data });
  }
  return result;
}

/** The checklist's options for a house style (the rest keep the checks' defaults). */
export function checkOptionsFor(style: HouseStyle): Partial<CheckOptions> {
  return {
    toneStyle: style.toneStyle,
    headlineMaxChars: style.headlineMaxChars,
    sapoMaxChars: style.sapoMaxChars,
    curlyQuotes: style.curlyQuotes,
  };
}

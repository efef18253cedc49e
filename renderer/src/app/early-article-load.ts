/**
 * Starts an article's load when the pointer goes down on its library entry.
 * A person holds the button for ≈ 50–150 ms before the click, and the load's
 * round trip with the host's read, check and hash of a long article is
 * ≈ 7–10 ms on the web host: pressed early, it is mostly over by the click. The
 * click takes the started load when it is for the same article and recent; a
 * press that never becomes a click costs one load, nothing else.
 */
import type { ResponseOf } from '../../../shared/ipc/channels';
import type { Result } from '../../../shared/ipc/result';
import { getBridge } from '../bridge';

type Loaded = Result<ResponseOf<'article:load'>>;

/**
 * A started load older than this is not used (the file may have changed on
 * disk since); a press and its click are well under a second apart.
 */
export const EARLY_LOAD_MAX_AGE_MS = 2000;

let early: { id: string; at: number; loaded: Promise<Loaded> } | null = null;

/** Starts loading `id` now, for the click that usually follows. */
export function startEarlyLoad(id: string): void {
  early = { id, at: performance.now(), loaded: getBridge().invoke('article:load', { id }) };
}

/** The article `id`, from a load a press started or from a new one. */
export function loadArticle(id: string): Promise<Loaded> {
  const started = early;
  early = null;
  if (started?.id === id && performance.now() - started.at <= EARLY_LOAD_MAX_AGE_MS)
    return started.loaded;
  return getBridge().invoke('article:load', { id });
}

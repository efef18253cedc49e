/**
 * What the main window does when its renderer process dies (a crash, the
 * system's out-of-memory killer, a GPU fault taking the page down): it loads
 * the app again, so the reporter gets an editor back, and with it the offer to
 * restore the edits the recovery journal kept, instead of a blank window whose
 * menu commands go nowhere. A renderer that dies again and again (an article
 * that crashes it as it opens) is not reloaded for ever: after
 * MAX_CRASH_RELOADS within CRASH_RELOAD_PERIOD_MS the window is left as it is.
 * Pure, so it is tested under plain Node; main-window.ts wires it.
 */
export const MAX_CRASH_RELOADS = 3;
export const CRASH_RELOAD_PERIOD_MS = 60_000;

/**
 * Whether to reload after the renderer went away for `reason` (Electron's
 * RenderProcessGoneDetails.reason) at `now`, given the times of the reloads
 * already made. A clean exit is the page closing, not a crash.
 */
export function shouldReloadAfterRendererGone(
  reason: string,
  earlierReloads: readonly number[],
  now: number,
): boolean {
  if (reason === 'clean-exit') return false;
  const recent = earlierReloads.filter((time) => now - time < CRASH_RELOAD_PERIOD_MS);
  return recent.length < MAX_CRASH_RELOADS;
}

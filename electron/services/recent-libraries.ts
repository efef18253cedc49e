/**
 * The File ▸ Recent libraries list: most recent first, no duplicates (paths
 * compared as given, after trimming a trailing separator), at most `max`.
 */
export const MAX_RECENT_LIBRARIES = 8;

function normalise(folder: string): string {
  const trimmed = folder.replace(/[\\/]+$/, '');
  // A root keeps its separator. E:\ is a USB stick's root; "E:" alone is
  // another folder (the one Windows last used on that drive).
  if (trimmed === '' || /^[A-Za-z]:$/.test(trimmed)) return folder.slice(0, trimmed.length + 1);
  return trimmed;
}

export function addRecentLibrary(
  recent: readonly string[],
  opened: string,
  max = MAX_RECENT_LIBRARIES,
): string[] {
  const path = normalise(opened);
  return [path, ...recent.map(normalise).filter((other) => other !== path)].slice(0, max);
}

/**
 * The list after switching from `left` to `opened`: both are in it, `opened`
 * first. Adding only the library opened left out the one the app started on
 * (the default library, or one chosen before the list existed), so the way
 * back to it — after opening a recent library on an unplugged drive, say —
 * was a folder dialog instead of the menu.
 */
export function recentLibrariesAfterSwitch(
  recent: readonly string[],
  left: string,
  opened: string,
  max = MAX_RECENT_LIBRARIES,
): string[] {
  return addRecentLibrary(addRecentLibrary(recent, left, max), opened, max);
}

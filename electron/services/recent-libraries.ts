/**
 * The File ▸ Recent libraries list: most recent first, no duplicates (paths
 * compared as given, after trimming a trailing separator), at most `max`.
 */
export const MAX_RECENT_LIBRARIES = 8;

function normalise(folder: string): string {
  return folder.length > 1 ? folder.replace(/[\\/]+$/, '') : folder;
}

export function addRecentLibrary(
  recent: readonly string[],
  opened: string,
  max = MAX_RECENT_LIBRARIES,
): string[] {
  const path = normalise(opened);
  return [path, ...recent.map(normalise).filter((other) => other !== path)].slice(0, max);
}

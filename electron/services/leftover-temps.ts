/**
 * Temp files a killed write left in an article's folder. Every write there is
 * a temp file renamed over its target (atomic-write.ts, image-import.ts), so a
 * crash, a kill or a power cut mid-write leaves the temp behind; the target
 * keeps its last whole version, and the words of the write are still in the
 * recovery journal (outside the library). Left alone, these files pile up
 * and a sync tool uploads them. Removed when the article is next opened, and
 * only when older than an hour: no write takes that long, so a write still
 * running in another Newsdesk on a shared folder is never touched.
 */
import { lstat, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

export const LEFTOVER_MIN_AGE_MS = 60 * 60 * 1000;

/**
 * The names our writes give their temp files:
 *  - write-file-atomic, which wrote the index, snapshots and journal until
 *    2026-11-29: `<target>.<uint32 in decimal>` (left by older versions);
 *  - writeFileAtomic and writeFileAtomicIf: `<target>.<12 hex digits>`;
 *  - storeOnce: `.<image name>.<uuid>.tmp` (imported images).
 */
const TEMP_NAMES = [
  /^[^.].*\.json\.[0-9]{1,10}$/,
  /^[^.].*\.json\.[0-9a-f]{12}$/,
  /^\..+\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp$/,
];

export function isLeftoverTempName(name: string): boolean {
  return TEMP_NAMES.some((pattern) => pattern.test(name));
}

/**
 * Removes the leftover temp files directly in `folder` (regular files only,
 * older than `minAgeMs`); answers their names. A folder that is missing or
 * unreadable, or a file that cannot be removed, is left as it is.
 */
export async function removeLeftoverTemps(
  folder: string,
  now: number,
  minAgeMs = LEFTOVER_MIN_AGE_MS,
): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names.filter(isLeftoverTempName)) {
    const file = join(folder, name);
    const info = await lstat(file).catch(() => null);
    if (!info?.isFile() || now - info.mtimeMs < minAgeMs) continue;
    if (
      await unlink(file).then(
        () => true,
        () => false,
      )
    )
      removed.push(name);
  }
  return removed;
}

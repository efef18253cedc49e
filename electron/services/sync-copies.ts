/**
 * Versions of an article that a sync tool kept beside its `article.json` when
 * two machines changed it at once. Each tool names them its own way:
 *
 *  - Dropbox:      `article (Lan's conflicted copy 2026-11-29).json`
 *  - Nextcloud:    `article (conflicted copy 2026-11-29 101500).json`
 *  - Syncthing:    `article.sync-conflict-20261129-101500-ABCDEFG.json`
 *  - OneDrive:     `article-LAPTOP-LAN.json` (the machine's name)
 *  - Google Drive: `article (1).json`
 *
 * So the name only nominates a file: it is a sync copy when it also reads as
 * this very article (same id, every check load makes). Left where it is, such
 * a file holds a colleague's words that Newsdesk would never show; the version
 * history takes it in (VersionHistory.takeInSyncCopies) and the editor says so.
 */
/** Our own copy of a damaged file set aside (ArticleStore.replaceDamaged), never a sync copy. */
const DAMAGED_COPY = /^article\.damaged-[0-9]+(-[0-9]+)?\.json$/;

/**
 * At most this many files are read per look (each may be up to 32 MB): a
 * folder a tool filled with thousands is worked through over several looks.
 */
export const MAX_SYNC_COPY_CANDIDATES = 50;

/**
 * Where a copy is moved while it is taken in, beside article.json: what the
 * sync tool writes under the copy's name meanwhile is a new file, left for the
 * next look. The name is itself a candidate, so a copy left there by a crash
 * is taken in at the next look.
 */
export function takingAsideName(unique: string): string {
  return `article.taking-in-${unique}.json`;
}

/** Whether `fileName`, in an article's folder, may be a sync tool's copy of its article.json. */
export function mayBeSyncCopy(fileName: string): boolean {
  // `.+`: article.json itself does not match.
  return /^article.+\.json$/i.test(fileName) && !DAMAGED_COPY.test(fileName);
}

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

/** At most this many are taken in per look: a folder a tool filled with thousands waits its turn. */
export const MAX_SYNC_COPIES_PER_LOOK = 20;

/** Whether `fileName`, in an article's folder, may be a sync tool's copy of its article.json. */
export function mayBeSyncCopy(fileName: string): boolean {
  // `.+`: article.json itself does not match.
  return /^article.+\.json$/i.test(fileName) && !DAMAGED_COPY.test(fileName);
}

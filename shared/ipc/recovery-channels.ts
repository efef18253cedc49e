/**
 * The bridge channels of crash recovery, version history and external changes
 * (issue #6). Kept apart from channels.ts so that file stays small; channels.ts
 * spreads these into its one map, so main and renderer still share one contract.
 */
import { z } from 'zod';
import { articleSchema, type Article } from '../article/schema';
import { ARTICLE_ID_PATTERN, REVISION_PATTERN } from '../article/ids';
import { articleDeltaSchema } from '../article/article-delta';
import { withArticleOrDelta } from './article-payload';
import type { LoadedArticle } from './channels';

const articleId = z.string().regex(ARTICLE_ID_PATTERN);
const revision = z.string().regex(REVISION_PATTERN);

/** One renderer session of one article: a random token, so sequences of two sessions never mix. */
export const JOURNAL_SESSION_PATTERN = /^[A-Za-z0-9-]{8,64}$/;
/** `<13-digit ms timestamp>-<reason>-<word count>`: the snapshot file's name without `.json`. */
export const SNAPSHOT_ID_PATTERN =
  /^[0-9]{13}-(autosave|export|before-restore|replaced|set-aside|sync-copy)-[0-9]{1,9}$/;

/**
 * `sync-copy`: a second version of the article that a sync tool kept beside
 * it (Dropbox's "conflicted copy", Syncthing's ".sync-conflict-"), taken into
 * the history so the reporter can see and restore it (sync-copies.ts).
 * `replaced`: the version on disk that "Keep mine" saved over (a colleague's,
 * a sync tool's), so that choice can be undone like a restore.
 * `set-aside`: the reporter's version that "Load theirs" put away, for the
 * same reason the other way round.
 */
export const SNAPSHOT_REASONS = [
  'autosave',
  'export',
  'before-restore',
  'replaced',
  'set-aside',
  'sync-copy',
] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

const session = z.string().regex(JOURNAL_SESSION_PATTERN);
const sequence = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** Which journaled edits a save holds: every edit of `session` up to `sequence`. */
export const journalMarkSchema = z.strictObject({ session, sequence: z.number().int().min(0) });
export type JournalMark = z.infer<typeof journalMarkSchema>;

export const recoveryRequestSchemas = {
  /** Unsaved edits, about a second after typing stops; written outside the library. */
  'journal:write': withArticleOrDelta(
    z.strictObject({
      article: articleSchema.optional(),
      delta: articleDeltaSchema.optional(),
      baseRevision: revision.nullable(),
      session,
      sequence,
    }),
  ),
  'journal:list': z.strictObject({}),
  /** `current`: save the entry over the file on disk (based on its current revision); `copy`: as a new article. */
  'journal:restore': z.strictObject({ id: articleId, as: z.enum(['current', 'copy']) }),
  'journal:discard': z.strictObject({ id: articleId }),
  /** The revision of article.json on disk now (the web host's way of noticing external changes). */
  'article:revision': z.strictObject({ id: articleId }),
  /** "Keep both": the editor's version becomes a new article; the original is left as it is on disk. */
  'article:save-as-copy': z.strictObject({ article: articleSchema }),
  /** Opens the article's folder in the file manager (Electron); the web host answers the path. */
  'article:show-in-folder': z.strictObject({ id: articleId }),
  'history:list': z.strictObject({ id: articleId }),
  'history:load': z.strictObject({
    id: articleId,
    snapshotId: z.string().regex(SNAPSHOT_ID_PATTERN),
  }),
  /**
   * Moves the versions a sync tool kept beside the article into its history
   * (identical ones are only removed); answers the snapshots made.
   */
  'history:take-sync-copies': z.strictObject({ id: articleId }),
  /**
   * "Load theirs": the editor's version, about to be replaced by the one on
   * disk, goes into the article's history first.
   */
  'history:set-aside': z.strictObject({ article: articleSchema }),
  /**
   * Copy HTML put `article` on the clipboard for the CMS: the history keeps it
   * as an export, as Export keeps what it wrote ("what did we publish?").
   */
  'history:copied': z.strictObject({ article: articleSchema }),
  /** Saves the snapshot as the current version, after snapshotting the current one. */
  'history:restore': z.strictObject({
    id: articleId,
    snapshotId: z.string().regex(SNAPSHOT_ID_PATTERN),
  }),
} as const;

/** Where a journal entry stands against the file on disk. */
export type JournalDiskState =
  | { kind: 'same-base' }
  | { kind: 'moved-on'; article: Article }
  | { kind: 'missing'; message: string }
  | { kind: 'damaged'; message: string };

export interface JournalEntrySummary {
  articleId: string;
  baseRevision: string | null;
  writtenAt: string;
  article: Article;
  disk: JournalDiskState;
}

export interface SnapshotInfo {
  snapshotId: string;
  takenAt: string;
  reason: SnapshotReason;
  wordCount: number;
}

/** What a look for sync copies did: the snapshots made, and the copies that could not be taken in. */
export interface SyncCopiesTaken {
  taken: SnapshotInfo[];
  /** Left in the article's folder (a file held by another program, a read-only folder). */
  left: { fileName: string; message: string }[];
}

export interface RecoveryResponseMap {
  'journal:write': { written: boolean };
  'journal:list': {
    entries: JournalEntrySummary[];
    /**
     * Journal files that could not be read (damaged on disk), kept where they
     * are: the reporter is told, so unsaved words are never dropped unsaid.
     */
    unreadable: { fileName: string; message: string }[];
    /** The journal's folder, where those files are; null without a journal. */
    folder: string | null;
    /**
     * Unsaved edits made in other libraries, kept for when that library is
     * open again (never offered over this library's articles, which can share
     * their ids): the reporter is told where they are.
     */
    otherLibraries: { libraryPath: string | null; folder: string; count: number }[];
  };
  'journal:restore': LoadedArticle;
  'journal:discard': { deleted: boolean };
  'article:revision': { revision: string | null };
  'article:save-as-copy': LoadedArticle;
  'article:show-in-folder': { path: string; shown: boolean };
  'history:list': { items: SnapshotInfo[] };
  'history:load': { article: Article; info: SnapshotInfo };
  'history:take-sync-copies': SyncCopiesTaken;
  'history:set-aside': SnapshotInfo;
  /** null: the newest export snapshot already held the same words. */
  'history:copied': SnapshotInfo | null;
  /** `undoSnapshotId`: null when the file replaced was damaged (it is kept beside the article instead). */
  'history:restore': LoadedArticle & { undoSnapshotId: string | null };
}

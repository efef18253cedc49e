/**
 * The recovery journal: the renderer's unsaved edits, written about a second
 * after typing stops, to a folder OUTSIDE the library (a sync tool must never
 * upload a half-typed draft, and a damaged library must not take the journal
 * with it). One file per article id, replaced atomically like article.json.
 *
 * An entry is deleted only after a save that covers it succeeded: the renderer
 * numbers its edits (`sequence`, per renderer `session`) and a save reports the
 * sequence it captured. Writes are ignored once a later save has covered them,
 * so a journal write that arrives after its save cannot resurrect stale text.
 *
 * Each library has a folder of its own under the recovery folder
 * (`libraryJournalDir`): one Newsdesk opens several libraries over time, and
 * two of them can hold the same article id.
 * Plain Node, no Electron.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { ARTICLE_ID_PATTERN, REVISION_PATTERN } from '../../shared/article/ids';
import { articleSchema, type Article } from '../../shared/article/schema';
import { fsyncDirectory, writeFileAtomic } from './atomic-write';
import { KeyedQueue } from './keyed-queue';

export const JOURNAL_FORMAT = 1;

const entrySchema = z.strictObject({
  format: z.literal(JOURNAL_FORMAT),
  articleId: z.string().regex(ARTICLE_ID_PATTERN),
  session: z.string().min(1),
  sequence: z.number().int().min(1),
  baseRevision: z.string().regex(REVISION_PATTERN).nullable(),
  writtenAt: z.iso.datetime(),
  /** The library the edits were made in; absent in entries of builds before it was kept. */
  libraryPath: z.string().min(1).optional(),
  article: articleSchema,
});
export type JournalEntry = z.infer<typeof entrySchema>;

export interface JournalWrite {
  article: Article;
  baseRevision: string | null;
  session: string;
  sequence: number;
}

/** A file in the journal folder that could not be read: kept, never deleted, reported. */
export interface UnreadableJournalFile {
  fileName: string;
  message: string;
}

/** Unsaved edits kept for another library: offered when that library is open again. */
export interface OtherLibraryEntries {
  /** Null when no readable entry says (a damaged one). */
  libraryPath: string | null;
  /** The folder holding them: what a notice names when `libraryPath` is null. */
  folder: string;
  count: number;
}

export interface RecoveryJournalOptions {
  /** The recovery folder: Electron's userData/recovery, or `recovery` beside the web host's settings. */
  dir: string;
  /** The library whose unsaved edits this journal keeps, in a folder of its own under `dir`. */
  libraryPath: string;
  now?: () => Date;
}

const FILE_SUFFIX = '.journal.json';
const LIBRARY_FOLDER_PREFIX = 'library-';

/**
 * The folder of one library's entries under the recovery folder. With one
 * folder for every library, a library copied to a USB stick and opened beside
 * the original (same article ids) had one library's entry replace the other's,
 * and one library's unsaved words offered as a restore over the other's
 * article.
 */
export function libraryJournalDir(
  recoveryDir: string,
  libraryPath: string,
  platform: NodeJS.Platform = process.platform,
): string {
  // Windows' paths ignore case: C:\News from the folder dialog and c:\news
  // from NEWSDESK_LIBRARY are one library, and its edits one folder.
  const absolute = resolve(libraryPath);
  const key = platform === 'win32' ? absolute.toLowerCase() : absolute;
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 16);
  return join(recoveryDir, `${LIBRARY_FOLDER_PREFIX}${hash}`);
}

export class RecoveryJournal {
  /** This library's folder of entries. */
  readonly dir: string;
  /**
   * The recovery folder. Entries directly in it were written before entries
   * had a folder per library: they are still offered, in whichever library is open.
   */
  readonly recoveryDir: string;
  private readonly libraryPath: string;
  private readonly now: () => Date;
  private readonly queue = new KeyedQueue();
  /** Per article: the highest sequence of each session that a save has covered. */
  private readonly covered = new Map<string, { session: string; sequence: number }>();

  constructor(options: RecoveryJournalOptions) {
    this.recoveryDir = options.dir;
    this.libraryPath = resolve(options.libraryPath);
    this.dir = libraryJournalDir(options.dir, options.libraryPath);
    this.now = options.now ?? (() => new Date());
  }

  private fileOf(id: string, dir: string = this.dir): string {
    if (!ARTICLE_ID_PATTERN.test(id)) throw new RangeError(`Invalid article id: ${id}`);
    return join(dir, `${id}${FILE_SUFFIX}`);
  }

  /**
   * Writes the entry unless it is older than what is already journaled or
   * saved for the same session. Returns whether it was written.
   */
  async write(request: JournalWrite): Promise<boolean> {
    const id = request.article.id;
    const file = this.fileOf(id);
    // Captured before any await, like a save (PITFALLS: stale buffers).
    const entry: JournalEntry = {
      format: JOURNAL_FORMAT,
      articleId: id,
      session: request.session,
      sequence: request.sequence,
      baseRevision: request.baseRevision,
      writtenAt: this.now().toISOString(),
      libraryPath: this.libraryPath,
      article: request.article,
    };
    const bytes = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
    return this.queue.run(id, async () => {
      const mark = this.covered.get(id);
      if (mark && mark.session === request.session && mark.sequence >= request.sequence)
        return false;
      const existing = await this.readEntry(file);
      if (
        existing.kind === 'ok' &&
        existing.entry.session === request.session &&
        existing.entry.sequence >= request.sequence
      )
        return false;
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(file, bytes);
      return true;
    });
  }

  /**
   * Runs `save` (which writes exactly `request.article`) so that no kill can
   * leave a journal entry OLDER than the file on disk: if an entry of this
   * session exists, it is first brought up to the save's content, then the save
   * runs, then the entry goes. Killed after the article write but before the
   * delete, the entry equals the file and is dropped at the next start;
   * killed before, the entry holds the newest text. Without an entry there is
   * nothing to protect and the save runs directly.
   *
   * The journal is the safety net, never a gate: when its folder cannot be
   * read or written (a full disk under userData, a broken folder) the save to
   * the library still runs, and a save that is on disk is reported as done.
   * The worst left behind is an entry older than the file, which the next
   * start shows beside the file instead of dropping it.
   */
  async coveringSave<T extends { ok: boolean }>(
    request: JournalWrite,
    save: () => Promise<T>,
  ): Promise<T> {
    const id = request.article.id;
    try {
      const existing = await this.queue.run(id, () => this.readEntry(this.fileOf(id)));
      if (
        existing.kind === 'ok' &&
        existing.entry.session === request.session &&
        existing.entry.sequence < request.sequence
      ) {
        await this.write(request);
      }
    } catch {
      // Best effort, as above: the library write matters more.
    }
    const result = await save();
    if (result.ok) await this.markCovered(id, request.session, request.sequence).catch(() => false);
    return result;
  }

  /**
   * A save holding every edit of `session` up to `sequence` is on disk: the
   * entry goes if it is no newer than that. An entry of another session (an
   * earlier run that crashed) is left for the user to decide on.
   */
  async markCovered(id: string, session: string, sequence: number): Promise<boolean> {
    const file = this.fileOf(id);
    return this.queue.run(id, async () => {
      const mark = this.covered.get(id);
      if (!mark || mark.session !== session || mark.sequence < sequence)
        this.covered.set(id, { session, sequence });
      const existing = await this.readEntry(file);
      if (existing.kind !== 'ok') return false;
      if (existing.entry.session !== session || existing.entry.sequence > sequence) return false;
      await this.remove(file);
      return true;
    });
  }

  /** Deletes the entry whatever it holds: the user chose to discard it, or it was restored. */
  async discard(id: string): Promise<boolean> {
    return this.queue.run(id, async () => {
      // The entry get() gives, the one offered: an older one left beside it is
      // offered next. Not a damaged file before it (kept for the reporter to
      // copy the words out, and named to them as kept), unless no entry of
      // `id` can be read at all.
      const files = [this.dir, this.recoveryDir].map((dir) => this.fileOf(id, dir));
      const kinds = await Promise.all(files.map(async (file) => (await this.readEntry(file)).kind));
      const index = kinds.includes('ok')
        ? kinds.indexOf('ok')
        : kinds.findIndex((kind) => kind !== 'missing');
      if (index < 0) return false;
      await this.remove(files[index] as string);
      return true;
    });
  }

  /** This library's entry of `id`, or one written before entries had a folder per library. */
  async get(id: string): Promise<JournalEntry | null> {
    for (const dir of [this.dir, this.recoveryDir]) {
      const outcome = await this.readEntry(this.fileOf(id, dir));
      if (outcome.kind === 'ok') return outcome.entry;
    }
    return null;
  }

  /**
   * This library's readable entries (and those from before entries had a
   * folder per library), oldest first; the files that could not be read, named
   * relative to the recovery folder; and what other libraries' folders hold.
   */
  async list(): Promise<{
    entries: JournalEntry[];
    unreadable: UnreadableJournalFile[];
    otherLibraries: OtherLibraryEntries[];
  }> {
    const own = await this.readFolder(this.dir);
    const legacy = await this.readFolder(this.recoveryDir);
    const otherLibraries: OtherLibraryEntries[] = [];
    const ownFolder = basename(this.dir);
    for (const name of await this.folderNames(this.recoveryDir)) {
      if (!name.startsWith(LIBRARY_FOLDER_PREFIX) || name === ownFolder) continue;
      const folder = join(this.recoveryDir, name);
      const other = await this.readFolder(folder).catch(() => null);
      if (!other) continue;
      const count = other.entries.length + other.unreadable.length;
      if (count === 0) continue;
      otherLibraries.push({ libraryPath: other.entries[0]?.libraryPath ?? null, folder, count });
    }
    const entries = [...own.entries];
    // An old entry of an id this library's folder also holds is still offered
    // by get() once the newer one is decided on.
    for (const entry of legacy.entries)
      if (!entries.some((e) => e.articleId === entry.articleId)) entries.push(entry);
    entries.sort((a, b) => a.writtenAt.localeCompare(b.writtenAt));
    const unreadable = [
      ...own.unreadable.map((file) => ({ ...file, fileName: join(ownFolder, file.fileName) })),
      ...legacy.unreadable,
    ];
    return { entries, unreadable, otherLibraries };
  }

  private async folderNames(dir: string): Promise<string[]> {
    try {
      return await readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  private async readFolder(
    dir: string,
  ): Promise<{ entries: JournalEntry[]; unreadable: UnreadableJournalFile[] }> {
    const entries: JournalEntry[] = [];
    const unreadable: UnreadableJournalFile[] = [];
    for (const name of await this.folderNames(dir)) {
      // Temp files of a write killed midway (`<file>.<n>`) are not entries.
      if (!name.endsWith(FILE_SUFFIX)) continue;
      const id = name.slice(0, -FILE_SUFFIX.length);
      if (!ARTICLE_ID_PATTERN.test(id)) continue;
      const outcome = await this.readEntry(join(dir, name));
      if (outcome.kind === 'ok' && outcome.entry.articleId === id) entries.push(outcome.entry);
      else if (outcome.kind === 'damaged')
        unreadable.push({ fileName: name, message: outcome.message });
    }
    return { entries, unreadable };
  }

  private async readEntry(
    file: string,
  ): Promise<
    { kind: 'ok'; entry: JournalEntry } | { kind: 'missing' } | { kind: 'damaged'; message: string }
  > {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
      throw error;
    }
    try {
      const parsed = entrySchema.safeParse(JSON.parse(text));
      if (parsed.success) return { kind: 'ok', entry: parsed.data };
      return { kind: 'damaged', message: `${file} is not a journal entry of this Newsdesk.` };
    } catch {
      return { kind: 'damaged', message: `${file} is not valid JSON.` };
    }
  }

  private async remove(file: string): Promise<void> {
    await rm(file, { force: true });
    await fsyncDirectory(dirname(file));
  }
}

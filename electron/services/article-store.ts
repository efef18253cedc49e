/**
 * The library on disk (docs/article-format.md): one folder per article holding
 * `article.json`, and a `.trash/` folder that articles are moved into, never
 * deleted from. Every method returns a Result: missing, damaged or conflicting
 * files are expected and must reach the user as a clear message, not a crash.
 *
 * What the store promises:
 *  - a damaged or newer-version file is reported and never rewritten;
 *  - a save based on an old revision is refused (content hashes, not mtimes);
 *  - no id from outside can name a path outside the library.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  openSync,
  readFileSync,
  type Stats,
} from 'node:fs';
import {
  copyFile,
  lstat,
  mkdir,
  open,
  readdir,
  readlink,
  rename,
  stat,
  symlink,
} from 'node:fs/promises';
import { join, sep } from 'node:path';
import { ARTICLE_ID_PATTERN, TRASH_ID_PATTERN } from '../../shared/article/ids';
import {
  articleSchema,
  CURRENT_SCHEMA_VERSION,
  newArticle,
  summarize,
  type Article,
  type ArticleSummary,
  type DamagedArticle,
} from '../../shared/article/schema';
import type { LibraryListing, LoadedArticle, TrashedArticle } from '../../shared/ipc/channels';
import { fail, ok, type LocalizedDetail, type Result } from '../../shared/ipc/result';
import { deepNfc } from '../../shared/text/nfc';
import { bodyShapeProblem } from '../../shared/article/body-check';
import { bodyContentProblem, MAX_BODY_DEPTH } from '../../shared/article/body-content';
import type { ArticleDelta } from '../../shared/article/article-delta';
import { fsyncDirectory, retryWhileBusy, writeFileAtomic, writeFileAtomicIf } from './atomic-write';
import {
  articleHeaderSchema,
  indexEntry,
  readLibraryIndex,
  sameStamp,
  statFiles,
  stampOf,
  writeLibraryIndex,
  type FileStamp,
  type IndexEntry,
} from './library-index';
import { fileSystemDetail } from './file-system-detail';
import { NON_BLOCKING_READ } from './regular-file';
import { folderNames } from './folder-entries';
import { makeSubfolder } from './subfolder';
import { KeyedQueue } from './keyed-queue';
import { WrittenArticles } from './written-articles';
import { MAX_SYNC_COPY_CANDIDATES, mayBeSyncCopy } from './sync-copies';
import { removeLeftoverTemps } from './leftover-temps';
import { assetsFolder } from './asset-paths';

export const ARTICLE_FILE_NAME = 'article.json';
export const TRASH_FOLDER_NAME = '.trash';
/** An article's version history (version-history.ts), inside its folder. */
export const HISTORY_FOLDER_NAME = 'history';

/** How many article files `list()` and `listTrash()` read at once: enough to overlap I/O, few enough not to exhaust file handles. */
const LIST_READ_CONCURRENCY = 32;
/** How many article files `list()` reads between two turns of the event loop (≈ 5 ms). */
const LIST_READ_CHUNK = 64;

export interface ArticleStoreOptions {
  libraryPath: string;
  now?: () => Date;
  newId?: () => string;
  /**
   * How long after a save, create or trash the summary index is
   * rewritten: saves come every second while someone types, and one write
   * covers them all. A list() that found changes writes it at once.
   */
  indexWriteDelayMs?: number;
  /**
   * Whether a missing library folder is made with its missing parents (the
   * default, for the default library in Documents and for the CLI). A library
   * the reporter chose is made only inside a folder that exists: when its
   * drive is unplugged or its folder renamed, the list says so, instead of
   * showing an empty library and writing new articles onto the system disk.
   */
  createLibraryParents?: boolean;
}

/** Default for `indexWriteDelayMs`. */
export const INDEX_WRITE_DELAY_MS = 2000;

/** The revision of a file is the SHA-256 of its bytes, so sync tools touching mtimes cannot fake a change. */
export function revisionOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The exact bytes written for an article: stable, diff-friendly, newline-terminated. */
export function serializeArticle(article: Article): Buffer {
  return Buffer.from(`${JSON.stringify(article, null, 2)}\n`, 'utf8');
}

type ReadFailure =
  | { kind: 'missing' }
  | { kind: 'corrupt' | 'invalid' | 'unsupported-version'; message: string }
  | { kind: 'io'; message: string; detail?: LocalizedDetail };

type ReadOutcome = { kind: 'ok'; article: Article; revision: string } | ReadFailure;

/**
 * 'full' checks the whole article and hashes it (load, save); 'summary' is for
 * the list: every field but the body is checked as strictly, the body only at
 * its root, and no revision is computed (it is '').
 */
type ReadMode = 'full' | 'summary';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * No article file is this large (a 10,000-word article with 30 figures is
 * ≈ 200 KB; images live beside it). A bigger one (a colleague's shared folder,
 * garbage) is refused unread: read whole, a 1.2 GB file held main for 2–4 s
 * at every listing, since a damaged file is read again each time.
 */
export const MAX_ARTICLE_FILE_BYTES = 32 * 1024 * 1024;

/** Opening a named pipe called article.json must not wait for a writer forever (regular-file.ts). */
const READ_FLAGS = NON_BLOCKING_READ;

/** A file refused before it was read: left exactly as it is. */
interface RefusedUnread {
  kind: 'corrupt';
  message: string;
}

/**
 * What an opened article file is refused for before it is read, by its stat:
 * a device or a pipe named article.json would never end, and a file over
 * MAX_ARTICLE_FILE_BYTES is no article. Null when it may be read.
 */
function refusedUnread(filePath: string, info: Stats): RefusedUnread | null {
  if (!info.isFile()) {
    return {
      kind: 'corrupt',
      message: `${filePath} is not a regular file; it was not read. It was left untouched.`,
    };
  }
  if (info.size > MAX_ARTICLE_FILE_BYTES) {
    return {
      kind: 'corrupt',
      message: `${filePath} is ${(info.size / 1024 / 1024).toFixed(0)} MB, far larger than any article; it was not read. The file was left untouched.`,
    };
  }
  return null;
}

/**
 * The bytes of a file that holds an article (article.json, a history
 * snapshot), or why it was refused unread (refusedUnread). File system
 * errors are thrown as they are.
 */
export async function readArticleBytes(filePath: string): Promise<Buffer | RefusedUnread> {
  const handle = await open(filePath, READ_FLAGS);
  try {
    return refusedUnread(filePath, await handle.stat()) ?? (await handle.readFile());
  } finally {
    await handle.close();
  }
}

/**
 * Reads and checks one article file. Pure reading: whatever is wrong with the
 * file, it is left exactly as it is.
 */
async function readArticleFile(
  filePath: string,
  expectedId: string,
  mode: ReadMode = 'full',
): Promise<ReadOutcome> {
  let bytes: Buffer | RefusedUnread;
  try {
    bytes = await readArticleBytes(filePath);
  } catch (error) {
    return readFailure(filePath, error);
  }
  if (!Buffer.isBuffer(bytes)) return bytes;
  return checkArticleBytes(bytes, filePath, expectedId, mode);
}

/**
 * readArticleFile for the list's many reads: synchronous, because a promise-based
 * read is four thread-pool round trips (open, stat, read, close) and those
 * dominate at 10,000 small files. The list calls it in short chunks.
 */
function readArticleFileSync(filePath: string, expectedId: string, mode: ReadMode): ReadOutcome {
  let bytes: Buffer;
  try {
    const fd = openSync(filePath, READ_FLAGS);
    try {
      const refused = refusedUnread(filePath, fstatSync(fd));
      if (refused) return refused;
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return readFailure(filePath, error);
  }
  return checkArticleBytes(bytes, filePath, expectedId, mode);
}

function readFailure(filePath: string, error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
  return {
    kind: 'io',
    message: `Could not read ${filePath}: ${(error as Error).message}`,
    detail: fileSystemDetail(error),
  };
}

/** Checks the bytes of one article file. */
function checkArticleBytes(
  bytes: Buffer,
  filePath: string,
  expectedId: string,
  mode: ReadMode,
): ReadOutcome {
  let data: unknown;
  try {
    data = JSON.parse(strictUtf8.decode(bytes));
  } catch (error) {
    const reason = bytes.length === 0 ? 'the file is empty' : (error as Error).message;
    return {
      kind: 'corrupt',
      message: `${filePath} is not valid JSON (${reason}); it may be truncated or damaged. The file was left untouched.`,
    };
  }

  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
    return {
      kind: 'unsupported-version',
      message:
        `${filePath} was made by a newer Newsdesk (format version ${version}; this version reads up to ` +
        `${CURRENT_SCHEMA_VERSION}). Update Newsdesk to open it. The file was left untouched.`,
    };
  }

  // Every field but the body through zod; the body (in 'full' mode) by a
  // hand-written check with the same rules, which does not copy its ≈ 3,000
  // nodes (body-check.ts): most of a 10,000-word article's load time in main.
  const parsed = articleHeaderSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where =
      issue && issue.path.length > 0 ? `at "${issue.path.join('.')}"` : 'at the top level';
    return {
      kind: 'invalid',
      message: `${filePath} does not match the article format ${where}: ${issue?.message ?? 'unknown problem'}. The file was left untouched.`,
    };
  }
  if (mode === 'full') {
    const problem = bodyShapeProblem((data as { body: unknown }).body);
    if (problem) {
      return {
        kind: 'invalid',
        message: `${filePath} does not match the article format at "${problem.path}": ${problem.message}. The file was left untouched.`,
      };
    }
    // What the editor can open: known blocks with valid fields (body-content.ts).
    const content = bodyContentProblem((data as Article).body.root);
    if (content) {
      return content.kind === 'unsupported'
        ? {
            kind: 'unsupported-version',
            message: `${filePath} holds ${content.message} (at "${content.path}"); it was probably made by a newer Newsdesk. Update Newsdesk to open it. The file was left untouched.`,
          }
        : {
            kind: 'invalid',
            message: `${filePath} holds ${content.message} at "${content.path}". The file was left untouched.`,
          };
    }
  }
  // A folder copied or renamed by hand would otherwise save under a different
  // id than the folder it lives in.
  if (parsed.data.id !== expectedId) {
    return {
      kind: 'invalid',
      message: `${filePath} says its id is "${parsed.data.id}" but its folder is "${expectedId}". The file was left untouched.`,
    };
  }
  // In 'summary' mode the body is checked only at its root: callers use the
  // header fields alone. In 'full' mode the checked body itself is kept.
  const article = (
    mode === 'full' ? { ...parsed.data, body: (data as Article).body } : parsed.data
  ) as Article;
  return { kind: 'ok', article, revision: mode === 'full' ? revisionOf(bytes) : '' };
}

/** Load and save report a schema mismatch as 'corrupt': to the user both mean "this file is damaged". */
function failureToResult(outcome: ReadFailure, id: string): Result<never> {
  switch (outcome.kind) {
    case 'missing':
      return fail(
        'not-found',
        `Article ${id} was not found in the library; it may have been moved to the trash.`,
      );
    case 'corrupt':
    case 'invalid':
      return fail('corrupt', outcome.message, {
        detail: { key: `library.damage.${outcome.kind}` },
      });
    case 'unsupported-version':
      return fail('unsupported-version', outcome.message, {
        detail: { key: 'library.damage.unsupported-version' },
      });
    case 'io':
      return fail('io', outcome.message, { detail: outcome.detail });
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Whether `path` is a folder itself, not a symlink to one: list() skips a
 * symlinked article folder, and load, save and trash must not follow one
 * either, out of the library (a shared folder may hold anything).
 */
async function isRealDirectory(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isDirectory();
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return false;
    throw error;
  }
}

/**
 * Runs a synchronous `task` over `items`, yielding to the event loop between
 * chunks so that other requests are served meanwhile.
 */
async function inChunks<T, R>(items: T[], chunk: number, task: (item: T) => R): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += chunk) {
    if (start > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    for (const item of items.slice(start, start + chunk)) results.push(task(item));
  }
  return results;
}

/** Runs `task` over `items` with at most `limit` in flight, keeping the results in order. */
async function mapWithConcurrency<T, R>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Newest first, then by id; by the entries' parsed times, not a Date.parse per comparison. */
function newestFirst(entries: IndexEntry[]): ArticleSummary[] {
  entries.sort((a, b) => b.time - a.time || a.summary.id.localeCompare(b.summary.id));
  return entries.map((entry) => entry.summary);
}

/** Whether two lists (both sorted by id) report the same damage. */
function sameDamaged(a: readonly DamagedArticle[], b: readonly DamagedArticle[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => x.id === b[i]?.id && x.code === b[i]?.code && x.message === b[i]?.message)
  );
}

/**
 * Why a valid article still could not be loaded again once written (the checks
 * checkArticleBytes makes beyond the schema), as a refusal of the save; null
 * when it can be. The editor keeps the words, and the message says what to change.
 */
function unloadableProblem(article: Article, size: number): Result<never> | null {
  if (size > MAX_ARTICLE_FILE_BYTES) {
    const megabytes = Math.ceil(size / 1024 / 1024);
    return fail(
      'invalid-request',
      `The article cannot be saved: it is ${megabytes} MB, over the ${MAX_ARTICLE_FILE_BYTES / 1024 / 1024} MB an article may be.`,
      {
        detail: {
          key: 'save.error.tooLarge',
          params: { size: megabytes, limit: MAX_ARTICLE_FILE_BYTES / 1024 / 1024 },
        },
      },
    );
  }
  const content = bodyContentProblem(article.body.root);
  if (!content) return null;
  return fail(
    'invalid-request',
    `The article cannot be saved: it holds ${content.message} at "${content.path}".`,
    {
      detail:
        content.kind === 'too-deep'
          ? { key: 'save.error.tooDeep', params: { limit: MAX_BODY_DEPTH } }
          : { key: 'save.error.content' },
    },
  );
}

/** The article id in a trash id (`<id>.<ms>`), or null when it is not one. */
function trashedArticleId(trashId: unknown): string | null {
  if (typeof trashId !== 'string' || !TRASH_ID_PATTERN.test(trashId)) return null;
  return trashId.slice(0, trashId.lastIndexOf('.'));
}

function invalidId(id: unknown): Result<never> {
  return fail('invalid-request', `"${String(id)}" is not a valid article id.`);
}

/**
 * The revision of the file at `file` now (its bytes' hash, unchecked), or
 * null when it or its folder is gone: the save's last look before its rename,
 * and the web host's poll for changes from elsewhere (`article:revision`).
 *
 * Opened as a load opens it: a named pipe called article.json would otherwise
 * hold a thread-pool thread for ever at each poll (four polls, and every file
 * operation of main waits), and a file far over MAX_ARTICLE_FILE_BYTES would be
 * read whole every two seconds. Such a file gets a stand-in revision from its
 * stat instead: never the hash of an article the editor holds, so the change
 * is still seen, and the reload that follows reports the file as damaged.
 */
export async function revisionOnDisk(file: string): Promise<string | null> {
  try {
    const handle = await open(file, READ_FLAGS);
    try {
      const info = await handle.stat();
      if (refusedUnread(file, info)) {
        const stamp = `unread:${info.mode}:${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;
        return createHash('sha256').update(stamp).digest('hex');
      }
      return revisionOf(await handle.readFile());
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/** The library folder's parent is missing: an unplugged drive, a renamed folder. */
class LibraryUnavailable extends Error {
  constructor(readonly libraryPath: string) {
    super(
      `The library folder ${libraryPath} is not there. Reconnect its drive, or choose another library.`,
    );
  }
}

function unexpected(action: string, error: unknown): Result<never> {
  if (error instanceof LibraryUnavailable) {
    return fail('not-found', error.message, {
      detail: { key: 'library.unavailable', params: { path: error.libraryPath } },
    });
  }
  return fail('io', `Could not ${action}: ${(error as Error)?.message ?? String(error)}`, {
    detail: fileSystemDetail(error),
  });
}

export class ArticleStore {
  readonly libraryPath: string;
  private readonly now: () => Date;
  private readonly newId: () => string;
  /**
   * A save's "check revision, then write" must not interleave with another
   * save, a trash or a restore of the same article.
   */
  private readonly mutex = new KeyedQueue();
  private readonly indexWriteDelayMs: number;
  private readonly createLibraryParents: boolean;
  /** The summary index in memory: read from disk on the first list(), then kept current. */
  private index: Map<string, IndexEntry> | null = null;
  /** The first read of index.json: callers that overlap share it, not overwrite each other's. */
  private indexRead: Promise<Map<string, IndexEntry>> | null = null;
  /** list() passes running now (a refresh can overlap the start's check). */
  private listsRunning = 0;
  /**
   * Articles Newsdesk wrote (created, saved, restored) or removed while a
   * list() pass ran. The pass's readdir and reads may predate them: it must
   * not drop a new one, nor put back what it read before a save or a trash.
   */
  private readonly changedWhileListing = new Set<string>();
  private indexTimer: ReturnType<typeof setTimeout> | null = null;
  private indexWrite: Promise<void> | null = null;
  private indexDirty = false;
  /**
   * The listing's version (`LibraryListing.version`): this store's own id and
   * a count of the changes to the index or to the damaged articles reported.
   * The id keeps a renderer that outlived its main process from matching a
   * number counted by another store.
   */
  private readonly storeId = randomUUID();
  private generation = 0;
  /** The damaged articles the last list() reported; null before the first. */
  private reportedDamaged: DamagedArticle[] | null = null;
  /**
   * What each recent save wrote or load read, so the next save can send only
   * its changes (article-delta.ts).
   */
  private readonly written = new WrittenArticles();
  /**
   * Files named like sync copies that did not read as their article (damaged,
   * another article's, a newer Newsdesk's), by `<id>/<name>` and their stat:
   * not read again at every look until they change, and not counted against
   * the look's cap, so that copies after them are reached.
   */
  private readonly notSyncCopies = new Map<string, FileStamp>();
  /** Articles whose folders were tidied of leftover temp files in this session (leftover-temps.ts). */
  private readonly tidied = new Set<string>();

  constructor(options: ArticleStoreOptions) {
    this.libraryPath = options.libraryPath;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? (() => randomUUID());
    this.indexWriteDelayMs = options.indexWriteDelayMs ?? INDEX_WRITE_DELAY_MS;
    this.createLibraryParents = options.createLibraryParents ?? true;
  }

  /** Makes the library folder if it is missing (see `createLibraryParents`). */
  private async ensureLibraryFolder(): Promise<void> {
    try {
      await mkdir(this.libraryPath, { recursive: this.createLibraryParents });
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return;
      // Windows answers EPERM, not EEXIST, for a folder that is there at a
      // drive's root (a library straight on a USB stick), on a read-only drive
      // and on many network shares (nodejs/node#38347): such a library is there.
      // stat, not lstat: the library itself may be a link (to a synced folder).
      if ((await stat(this.libraryPath).catch(() => null))?.isDirectory()) return;
      if (errorCode(error) === 'ENOENT') throw new LibraryUnavailable(this.libraryPath);
      throw error;
    }
  }

  /**
   * The folder of an article. Callers check the id first and answer
   * 'invalid-request'; this check is the last line of defence, so that no code
   * path can turn `..` or a separator into a path.
   */
  articleDir(id: string): string {
    if (typeof id !== 'string' || !ARTICLE_ID_PATTERN.test(id)) {
      throw new RangeError(
        `Refusing to build a path from an invalid article id: ${JSON.stringify(id)}`,
      );
    }
    return join(this.libraryPath, id);
  }

  private articleFile(id: string): string {
    return join(this.articleDir(id), ARTICLE_FILE_NAME);
  }

  private get trashDir(): string {
    return join(this.libraryPath, TRASH_FOLDER_NAME);
  }

  private trashedDir(trashId: string): string {
    if (typeof trashId !== 'string' || !TRASH_ID_PATTERN.test(trashId)) {
      throw new RangeError(
        `Refusing to build a path from an invalid trash id: ${JSON.stringify(trashId)}`,
      );
    }
    return join(this.trashDir, trashId);
  }

  private get version(): string {
    return `${this.storeId}.${this.generation}`;
  }

  /**
   * The listing as the summary index holds it, without looking at the disk:
   * the quick first answer at start, which `list()` then confirms (the
   * renderer asks `library:check`). At 10,000 articles it skips the readdir
   * and the 10,000 stats, ≈ 50–80 ms of list()'s 60–140. Without an index
   * (a first start, a damaged index.json) it is list() itself.
   */
  async listFromIndex(): Promise<Result<LibraryListing>> {
    try {
      const index = await this.loadIndex();
      if (index.size === 0) return await this.list();
      return ok({
        articles: newestFirst([...index.values()]),
        damaged: this.reportedDamaged ?? [],
        version: this.version,
        checked: false,
      });
    } catch (error) {
      return unexpected(`list the library at ${this.libraryPath}`, error);
    }
  }

  /**
   * The library's articles, newest first, and the folders that could not be read.
   * Summaries come from the index (library-index.ts) for every article.json
   * whose stat still matches; only new or changed files are read.
   */
  async list(): Promise<Result<LibraryListing>> {
    this.listsRunning += 1;
    try {
      await this.ensureLibraryFolder();
      const entries = await readdir(this.libraryPath, { withFileTypes: true });
      // Dot-folders (.trash, .newsdesk, sync tools' own) and names that are not ids
      // (which no request could address) are not articles.
      const ids = await folderNames(this.libraryPath, entries, (name) =>
        ARTICLE_ID_PATTERN.test(name),
      );
      const index = await this.loadIndex();
      // Paths joined by hand: the ids passed ARTICLE_ID_PATTERN above, and
      // articleFile()'s checks cost more than the stats at 10,000 articles.
      const stamps = await statFiles(
        ids.map((id) => `${this.libraryPath}${sep}${id}${sep}${ARTICLE_FILE_NAME}`),
      );

      let changed = false;
      const present = new Set<string>();
      const toRead: number[] = [];
      stamps.forEach((stamp, i) => {
        const id = ids[i] as string;
        // A folder without article.json is not an article (e.g. one being created).
        if (!stamp) return;
        present.add(id);
        const cached = index.get(id);
        if (!cached || !sameStamp(cached.stamp, stamp)) toRead.push(i);
      });
      for (const id of index.keys()) {
        if (!present.has(id) && !this.changedWhileListing.has(id)) {
          index.delete(id);
          changed = true;
        }
      }

      const damaged: DamagedArticle[] = [];
      const outcomes = await inChunks(toRead, LIST_READ_CHUNK, (i) =>
        readArticleFileSync(this.articleFile(ids[i] as string), ids[i] as string, 'summary'),
      );
      outcomes.forEach((outcome, n) => {
        const i = toRead[n] as number;
        const id = ids[i] as string;
        // Newsdesk wrote or removed it since: the index already has what is newer.
        if (this.changedWhileListing.has(id)) return;
        if (outcome.kind === 'ok') {
          // The stat taken before the read: if the file changed since, the next
          // list() sees a different stat and reads it again.
          index.set(id, indexEntry(stamps[i]!, summarize(outcome.article)));
          changed = true;
          return;
        }
        // Damaged files are not cached: they are few, and must be re-checked.
        if (index.delete(id)) changed = true;
        if (outcome.kind === 'missing') return;
        // An unreadable file is still something the user must be told about.
        if (outcome.kind === 'io') damaged.push({ id, code: 'corrupt', message: outcome.message });
        else damaged.push({ id, code: outcome.kind, message: outcome.message });
      });

      const listed: IndexEntry[] = [];
      const listedIds = this.changedWhileListing.size
        ? new Set([...present, ...this.changedWhileListing])
        : present;
      for (const id of listedIds) {
        const entry = index.get(id);
        if (entry) listed.push(entry);
      }
      const articles = newestFirst(listed);
      damaged.sort((a, b) => a.id.localeCompare(b.id));
      if (changed) this.indexChanged(0);
      if (!sameDamaged(this.reportedDamaged ?? [], damaged)) this.generation += 1;
      this.reportedDamaged = damaged;
      return ok({ articles, damaged, version: this.version, checked: true });
    } catch (error) {
      return unexpected(`list the library at ${this.libraryPath}`, error);
    } finally {
      this.listsRunning -= 1;
      if (this.listsRunning === 0) this.changedWhileListing.clear();
    }
  }

  private async loadIndex(): Promise<Map<string, IndexEntry>> {
    if (this.index) return this.index;
    this.indexRead ??= readLibraryIndex(this.libraryPath);
    const read = await this.indexRead;
    return (this.index ??= read);
  }

  /**
   * Writes any pending change of the summary index now and waits for it. The
   * index is a cache: losing a write costs the next start a few reads, never
   * data, so callers need this only for a tidy shutdown (and tests).
   */
  async flushIndex(): Promise<void> {
    if (this.indexTimer !== null) {
      clearTimeout(this.indexTimer);
      this.indexTimer = null;
    }
    while (this.indexWrite || this.indexDirty) {
      if (!this.indexWrite) this.startIndexWrite();
      await this.indexWrite;
    }
  }

  /** Records what an operation wrote, so the next list() need not read it. */
  private async noteWritten(id: string, article: Article): Promise<void> {
    if (this.listsRunning > 0) this.changedWhileListing.add(id);
    // Without an index in memory the next list() reads it and checks it, unless
    // one is doing that now: then the index it is loading must have this write.
    if (!this.index && this.listsRunning === 0) return;
    const index = await this.loadIndex();
    try {
      const stats = await stat(this.articleFile(id));
      index.set(id, indexEntry(stampOf(stats), summarize(article)));
    } catch {
      index.delete(id);
    }
    this.indexChanged(this.indexWriteDelayMs);
  }

  private noteRemoved(id: string): void {
    if (this.listsRunning > 0) this.changedWhileListing.add(id);
    if (!this.index?.delete(id)) return;
    this.indexChanged(this.indexWriteDelayMs);
  }

  /** Every change to the index in memory: a new listing version, and the file rewritten after `delayMs`. */
  private indexChanged(delayMs: number): void {
    this.generation += 1;
    this.scheduleIndexWrite(delayMs);
  }

  private scheduleIndexWrite(delayMs: number): void {
    this.indexDirty = true;
    if (this.indexWrite) return; // the write in flight starts another when it ends
    if (this.indexTimer !== null) {
      if (delayMs > 0) return;
      clearTimeout(this.indexTimer);
    }
    this.indexTimer = setTimeout(() => {
      this.indexTimer = null;
      this.startIndexWrite();
    }, delayMs);
    // A pending index write must not keep a CLI or a test process alive.
    this.indexTimer.unref?.();
  }

  private startIndexWrite(): void {
    if (this.indexTimer !== null) {
      clearTimeout(this.indexTimer);
      this.indexTimer = null;
    }
    if (!this.index) {
      this.indexDirty = false;
      return;
    }
    this.indexDirty = false;
    const write = writeLibraryIndex(this.libraryPath, this.index)
      // A failed write leaves the old index, whose stale entries list() re-reads.
      .catch(() => undefined)
      .finally(() => {
        this.indexWrite = null;
        if (this.indexDirty) this.scheduleIndexWrite(this.indexWriteDelayMs);
      });
    this.indexWrite = write;
  }

  async create(): Promise<Result<LoadedArticle>> {
    const id = this.newId();
    if (!ARTICLE_ID_PATTERN.test(id)) return invalidId(id);
    return this.mutex.run(id, async () => {
      try {
        await this.ensureLibraryFolder();
        try {
          await mkdir(this.articleDir(id));
        } catch (error) {
          if (errorCode(error) === 'EEXIST')
            return fail('conflict', `An article with id ${id} already exists.`);
          throw error;
        }
        await fsyncDirectory(this.libraryPath);
        const article = newArticle(id, this.now());
        const bytes = serializeArticle(article);
        await writeFileAtomic(this.articleFile(id), bytes);
        await this.noteWritten(id, article);
        const revision = revisionOf(bytes);
        this.written.remember(id, revision, article);
        return ok({ article, revision });
      } catch (error) {
        return unexpected(`create a new article in ${this.libraryPath}`, error);
      }
    });
  }

  async load(id: string): Promise<Result<LoadedArticle>> {
    if (typeof id !== 'string' || !ARTICLE_ID_PATTERN.test(id)) return invalidId(id);
    try {
      // Side by side, so the check adds no wait to the opening.
      const [real, outcome] = await Promise.all([
        isRealDirectory(this.articleDir(id)),
        readArticleFile(this.articleFile(id), id),
      ]);
      if (!real) return failureToResult({ kind: 'missing' }, id);
      if (outcome.kind !== 'ok') return failureToResult(outcome, id);
      // The renderer's first save and journal writes may build on what it opened.
      this.written.remember(id, outcome.revision, outcome.article);
      // Off the opening's path: nothing waits for it, and it never fails the load.
      if (!this.tidied.has(id)) {
        this.tidied.add(id);
        void this.removeLeftoverTemps(id);
      }
      return ok({ article: outcome.article, revision: outcome.revision });
    } catch (error) {
      return unexpected(`load article ${id}`, error);
    }
  }

  /**
   * Removes what killed writes left in the article's folder, its history and
   * its images (leftover-temps.ts); answers the paths removed. Never throws.
   */
  async removeLeftoverTemps(id: string): Promise<string[]> {
    const now = this.now().getTime();
    const folders = [
      this.articleDir(id),
      join(this.articleDir(id), HISTORY_FOLDER_NAME),
      assetsFolder(this.libraryPath, id),
    ];
    const removed: string[] = [];
    for (const folder of folders) {
      // A symlinked subfolder would lead outside the library.
      if (!(await isRealDirectory(folder).catch(() => false))) continue;
      for (const name of await removeLeftoverTemps(folder, now)) removed.push(join(folder, name));
    }
    return removed;
  }

  /**
   * The names in the article's folder that may be versions a sync tool kept
   * beside its file (sync-copies.ts), sorted: regular files only (a link would
   * bring in a file from outside the library), at most MAX_SYNC_COPY_CANDIDATES.
   */
  async syncCopyNames(id: string): Promise<Result<string[]>> {
    if (typeof id !== 'string' || !ARTICLE_ID_PATTERN.test(id)) return invalidId(id);
    try {
      if (!(await isRealDirectory(this.articleDir(id)))) return ok([]);
      const names: string[] = [];
      for (const name of (await readdir(this.articleDir(id))).filter(mayBeSyncCopy).sort()) {
        if (names.length === MAX_SYNC_COPY_CANDIDATES) break;
        // Gone since the listing (a sync tool resolving it): not a failure of the rest.
        const info = await lstat(join(this.articleDir(id), name)).catch(() => null);
        if (!info?.isFile()) continue;
        const rejected = this.notSyncCopies.get(`${id}/${name}`);
        if (rejected && sameStamp(rejected, stampOf(info))) continue;
        names.push(name);
      }
      return ok(names);
    } catch (error) {
      return unexpected(`look for sync copies of article ${id}`, error);
    }
  }

  /**
   * `fileName` in the article's folder read as its article.json would be: null
   * when it does not read as this article (damaged, another article's, a newer
   * Newsdesk's, a link) or is gone. Never changes the file.
   */
  async readSyncCopy(id: string, fileName: string): Promise<Article | null> {
    if (!mayBeSyncCopy(fileName) || fileName.includes('/') || fileName.includes(sep)) return null;
    const file = join(this.articleDir(id), fileName);
    const info = await lstat(file).catch(() => null);
    if (!info?.isFile()) return null;
    const outcome = await readArticleFile(file, id);
    if (outcome.kind === 'ok') return outcome.article;
    if (outcome.kind !== 'missing' && outcome.kind !== 'io')
      this.notSyncCopies.set(`${id}/${fileName}`, stampOf(info));
    return null;
  }

  /**
   * The whole article a save or journal write carries: itself, or its delta
   * applied to the version this store last wrote or read (`unknown-base` when
   * that is not the version the delta names).
   */
  resolvePayload(payload: { article?: Article; delta?: ArticleDelta }): Result<Article> {
    return this.written.resolve(payload);
  }

  /**
   * `article` as a save would store it (NFC, checked as prepareWrite checks
   * it), for a copy kept elsewhere than article.json (a history snapshot):
   * what no save would write could not be opened or restored from there
   * either. Its `updatedAt` is kept.
   */
  asWritable(article: Article): Result<Article> {
    const prepared = this.prepareWrite(article);
    if (!prepared.ok) return prepared;
    return ok({ ...prepared.value.next, updatedAt: article.updatedAt });
  }

  /**
   * Writes `article` if the file on disk is still the one the edit started from.
   * `baseRevision` null means the user chose to overwrite whatever is there
   * (after a conflict) — but never a damaged or newer-version file.
   */
  /**
   * The article as a write stores it: NFC, stamped with the time now, checked
   * against the schema and against what load would refuse (never written: the
   * file would stay on disk unopenable, and every later save of it, even
   * "keep mine", refused). Done before any await: a caller that keeps editing
   * its object must not change what the write stores.
   */
  private prepareWrite(
    article: Article,
  ): Result<{ next: Article; bytes: Buffer; updatedAt: string }> {
    const updatedAt = this.now().toISOString();
    const candidate: unknown = { ...deepNfc(article as object), updatedAt };
    const parsed = articleSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      if (issue?.path[0] === 'id') return invalidId((candidate as { id?: unknown }).id);
      const where = issue && issue.path.length > 0 ? ` at "${issue.path.join('.')}"` : '';
      return fail(
        'invalid-request',
        `The article cannot be saved: it does not match the article format${where}: ${issue?.message}.`,
      );
    }
    const next = parsed.data;
    const bytes = serializeArticle(next);
    const unreadable = unloadableProblem(next, bytes.length);
    return unreadable ?? ok({ next, bytes, updatedAt });
  }

  async save(
    article: Article,
    baseRevision: string | null,
  ): Promise<Result<{ revision: string; updatedAt: string }>> {
    const prepared = this.prepareWrite(article);
    if (!prepared.ok) return prepared;
    const { next, bytes, updatedAt } = prepared.value;
    const id = next.id;
    const revision = revisionOf(bytes);

    return this.mutex.run(id, async () => {
      try {
        if (!(await isRealDirectory(this.articleDir(id)))) {
          return fail(
            'not-found',
            `Article ${id} is no longer in the library; it may have been moved to the trash.`,
          );
        }
        const current = await readArticleFile(this.articleFile(id), id);
        if (current.kind === 'missing') {
          return fail(
            'not-found',
            `Article ${id} has no ${ARTICLE_FILE_NAME} any more; it may have been moved or deleted.`,
          );
        }
        // Damage is checked before the revision: "keep mine" must not be offered
        // as a way to overwrite a file this version cannot read.
        if (current.kind !== 'ok') return failureToResult(current, id);
        if (baseRevision !== null && current.revision !== baseRevision) {
          return fail(
            'conflict',
            `Article ${id} changed on disk since it was opened; it was not overwritten.`,
            { currentRevision: current.revision },
          );
        }
        // Written only if the file is still the one checked above once the new
        // bytes are on disk: a sync tool's write during the fsync is refused
        // as a conflict, never overwritten unseen.
        const file = this.articleFile(id);
        const written = await writeFileAtomicIf(
          file,
          bytes,
          async () => (await revisionOnDisk(file)) === current.revision,
        );
        if (!written) {
          return fail(
            'conflict',
            `Article ${id} changed on disk while it was being saved; it was not overwritten.`,
            { currentRevision: (await revisionOnDisk(file)) ?? undefined },
          );
        }
        this.written.remember(id, revision, next);
        await this.noteWritten(id, next);
        return ok({ revision, updatedAt });
      } catch (error) {
        return unexpected(`save article ${id}`, error);
      }
    });
  }

  /**
   * Writes `article` in place of a file that cannot be read (damaged: not
   * valid JSON, or not the article format), which is kept beside it as
   * `article.damaged-<ms>.json`: the way back from a damaged file to a good
   * version from the history. Refused when the file on disk can be read (save
   * is the way then) or is from a newer Newsdesk (not damaged, and not ours
   * to replace).
   */
  async replaceDamaged(
    article: Article,
  ): Promise<Result<{ revision: string; updatedAt: string; keptAs: string }>> {
    const prepared = this.prepareWrite(article);
    if (!prepared.ok) return prepared;
    const { next, bytes, updatedAt } = prepared.value;
    const id = next.id;
    return this.mutex.run(id, async () => {
      try {
        if (!(await isRealDirectory(this.articleDir(id))))
          return fail('not-found', `Article ${id} was not found in the library.`);
        const current = await readArticleFile(this.articleFile(id), id);
        if (current.kind !== 'corrupt' && current.kind !== 'invalid') {
          return current.kind === 'ok'
            ? fail('conflict', `Article ${id} can be read; it was not replaced.`, {
                currentRevision: current.revision,
              })
            : failureToResult(current, id);
        }
        // A copy, then the atomic write over the damaged file: a failure or a
        // crash between the two leaves the damaged file where it was (still
        // listed, its history still offered), never no article.json at all.
        const stamp = this.now().getTime();
        let keptAs = join(this.articleDir(id), `article.damaged-${stamp}.json`);
        // A link is kept as a link: copying it would bring the bytes of a file
        // from anywhere on this disk into the library, which may be synced to others.
        const linkTarget = (await lstat(this.articleFile(id))).isSymbolicLink()
          ? await readlink(this.articleFile(id))
          : null;
        for (let attempt = 2; ; attempt += 1) {
          try {
            if (linkTarget !== null) await symlink(linkTarget, keptAs);
            else await copyFile(this.articleFile(id), keptAs, fsConstants.COPYFILE_EXCL);
            break;
          } catch (error) {
            if (errorCode(error) !== 'EEXIST' || attempt > 100) throw error;
            keptAs = join(this.articleDir(id), `article.damaged-${stamp}-${attempt}.json`);
          }
        }
        await writeFileAtomic(this.articleFile(id), bytes);
        const revision = revisionOf(bytes);
        this.written.remember(id, revision, next);
        await this.noteWritten(id, next);
        return ok({ revision, updatedAt, keptAs });
      } catch (error) {
        return unexpected(`replace the damaged article ${id}`, error);
      }
    });
  }

  async trash(id: string): Promise<Result<{ trashId: string }>> {
    if (typeof id !== 'string' || !ARTICLE_ID_PATTERN.test(id)) return invalidId(id);
    return this.mutex.run(id, async () => {
      try {
        const source = this.articleDir(id);
        if (!(await isRealDirectory(source)))
          return fail('not-found', `Article ${id} was not found in the library.`);
        // Not recursive: the library is there (the article is in it). Through
        // makeSubfolder, as Windows answers EPERM for a trash that is there at
        // a drive's root or on a network share, and every trashing but the
        // first failed.
        await makeSubfolder(this.trashDir);
        // A link in the trash's place (a shared folder may hold anything) would
        // have the rename move the article, text and photos, out of the library.
        if (!(await isRealDirectory(this.trashDir))) {
          return fail(
            'io',
            `Could not move article ${id} to the trash: ${this.trashDir} is a link or a file, not the library's trash folder.`,
            { detail: { key: 'errors.fs.linkedFolder', params: { path: this.trashDir } } },
          );
        }
        // Two trashes of the same id in one millisecond (trash, restore, trash)
        // must not land on the same name.
        let stamp = this.now().getTime();
        let trashId = `${id}.${String(stamp).padStart(13, '0')}`;
        while (await exists(this.trashedDir(trashId))) {
          stamp += 1;
          trashId = `${id}.${String(stamp).padStart(13, '0')}`;
        }
        await retryWhileBusy(() => rename(source, this.trashedDir(trashId)));
        await fsyncDirectory(this.libraryPath);
        await fsyncDirectory(this.trashDir);
        this.noteRemoved(id);
        this.written.forget(id);
        return ok({ trashId });
      } catch (error) {
        return unexpected(`move article ${id} to the trash`, error);
      }
    });
  }

  async listTrash(): Promise<Result<{ items: TrashedArticle[] }>> {
    try {
      let entries;
      try {
        entries = await readdir(this.trashDir, { withFileTypes: true });
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error;
        // No trash folder is an empty trash, but only in a library that is
        // there: an unplugged drive must not read as "the trash is empty".
        // stat, not lstat: the library itself may be a link (to a synced folder).
        const library = await stat(this.libraryPath).catch(() => null);
        if (!library?.isDirectory()) throw new LibraryUnavailable(this.libraryPath);
        return ok({ items: [] });
      }
      const trashIds = await folderNames(this.trashDir, entries, (name) =>
        TRASH_ID_PATTERN.test(name),
      );
      const items = await mapWithConcurrency(trashIds, LIST_READ_CONCURRENCY, async (trashId) => {
        const stamp = Number(trashId.slice(trashId.lastIndexOf('.') + 1));
        return {
          trashId,
          headline: await this.readTrashedHeadline(trashId),
          trashedAt: new Date(stamp).toISOString(),
        };
      });
      items.sort(
        (a, b) => b.trashedAt.localeCompare(a.trashedAt) || a.trashId.localeCompare(b.trashId),
      );
      return ok({ items });
    } catch (error) {
      return unexpected(`list the trash in ${this.trashDir}`, error);
    }
  }

  /**
   * A trashed article as load reads one, for "Restore as a copy" when its id
   * is back in the library (a sync tool brought the other machine's version).
   */
  async loadTrashed(trashId: string): Promise<Result<Article>> {
    const id = trashedArticleId(trashId);
    if (id === null)
      return fail('invalid-request', `"${String(trashId)}" is not a valid trash id.`);
    try {
      if (!(await isRealDirectory(this.trashedDir(trashId))))
        return fail('not-found', `${trashId} was not found in the trash.`);
      const outcome = await readArticleFile(join(this.trashedDir(trashId), ARTICLE_FILE_NAME), id);
      return outcome.kind === 'ok' ? ok(outcome.article) : failureToResult(outcome, id);
    } catch (error) {
      return unexpected(`read ${trashId} in the trash`, error);
    }
  }

  /** Best effort: a trashed file may be damaged, and the trash list must still show it. */
  private async readTrashedHeadline(trashId: string): Promise<string> {
    try {
      const file = join(this.trashedDir(trashId), ARTICLE_FILE_NAME);
      // Read as a load reads it: a named pipe would hold the list for ever.
      const bytes = await readArticleBytes(file);
      if (!Buffer.isBuffer(bytes)) return '';
      const data: unknown = JSON.parse(bytes.toString('utf8'));
      const headline = (data as { headline?: unknown } | null)?.headline;
      return typeof headline === 'string' ? headline : '';
    } catch {
      return '';
    }
  }

  async restore(trashId: string): Promise<Result<{ id: string }>> {
    const id = trashedArticleId(trashId);
    if (id === null)
      return fail('invalid-request', `"${String(trashId)}" is not a valid trash id.`);
    return this.mutex.run(id, async () => {
      try {
        const source = this.trashedDir(trashId);
        if (!(await isRealDirectory(source)))
          return fail('not-found', `${trashId} was not found in the trash.`);
        const target = this.articleDir(id);
        // rename() would silently replace an empty folder of that name: check first.
        if (await exists(target)) {
          return fail(
            'conflict',
            `An article with id ${id} is already in the library; the trashed copy was left in the trash.`,
          );
        }
        await retryWhileBusy(() => rename(source, target));
        await fsyncDirectory(this.trashDir);
        await fsyncDirectory(this.libraryPath);
        // Back in the index: a list() running since the trashing skips its
        // read of this id (it holds a change of Newsdesk's own), and would
        // leave it out. A damaged file is left to the next pass to report.
        try {
          const restored = await readArticleFile(this.articleFile(id), id);
          if (restored.kind === 'ok') await this.noteWritten(id, restored.article);
          else this.changedWhileListing.delete(id);
        } catch {
          // The article is back; the next list() reads it itself.
          this.changedWhileListing.delete(id);
        }
        return ok({ id });
      } catch (error) {
        return unexpected(`restore ${trashId} from the trash`, error);
      }
    });
  }
}

/**
 * Notices when the open article's article.json changes on disk behind
 * Newsdesk's back (a sync tool, a colleague's Newsdesk on a shared folder).
 *
 * chokidar says "something happened"; the content hash decides whether it
 * matters (PITFALLS: sync tools touch mtimes, so times prove nothing). Our own
 * saves are not external changes: the revision main last read or wrote is
 * remembered, and events arriving while one of our writes is in flight are
 * judged only after it finished. Plain Node, no Electron.
 */
import { join } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import {
  ARTICLE_FILE_NAME,
  readArticleBytes,
  revisionOf,
  revisionOnDisk,
  type ArticleStore,
} from './article-store';

/** `revision` null: the file is gone (moved to the trash by hand, deleted by a sync tool). */
export type ExternalChangeListener = (change: { id: string; revision: string | null }) => void;

export interface ArticleWatcherOptions {
  store: ArticleStore;
  onExternalChange: ExternalChangeListener;
}

interface Watched {
  id: string;
  watcher: FSWatcher;
  /** The revision main last read or wrote, or last reported. */
  known: string | null;
  writesInFlight: number;
  recheckAfterWrite: boolean;
  ready: Promise<void>;
  poll: ReturnType<typeof setInterval>;
}

/**
 * File events can be missed (network and synced folders, a write landing in the
 * same instant as our own rename), so the open article is also re-hashed this
 * often; an event only makes the check happen sooner.
 */
export const WATCH_RECHECK_MS = 2000;

export class ArticleWatcher {
  private current: Watched | null = null;
  /** Checks run one at a time, so two events cannot report the same change twice. */
  private checking: Promise<void> = Promise.resolve();

  constructor(private readonly options: ArticleWatcherOptions) {}

  /** Watches `id` (the article the editor opened at `revision`) instead of the previous one. */
  async watch(id: string, revision: string): Promise<void> {
    if (this.current?.id === id) {
      this.current.known = revision;
      return this.current.ready;
    }
    await this.close();
    // The folder, not the file: a save renames a new file over article.json,
    // and a watch on the old inode would go quiet after the first save.
    const watcher = watch(this.options.store.articleDir(id), {
      ignoreInitial: true,
      depth: 0,
      persistent: true,
      // chokidar's "atomic" mode folds a delete-and-re-add into one event and can
      // swallow a write that follows a rename within its window; every event
      // is checked by content hash anyway, so extra events cost nothing.
      atomic: false,
    });
    const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
    const watched: Watched = {
      id,
      watcher,
      known: revision,
      writesInFlight: 0,
      recheckAfterWrite: false,
      ready,
      poll: setInterval(() => void this.scheduleCheck(watched), WATCH_RECHECK_MS),
    };
    // The re-check must never keep a quitting process alive.
    watched.poll.unref?.();
    this.current = watched;
    const onEvent = (path: string) => {
      if (path.endsWith(ARTICLE_FILE_NAME) && !path.endsWith(`${ARTICLE_FILE_NAME}.tmp`))
        this.scheduleCheck(watched);
    };
    watcher.on('add', onEvent).on('change', onEvent).on('unlink', onEvent);
    watcher.on('error', () => undefined);
    return ready;
  }

  /** Main read or wrote these bytes itself (a load, a save, a restore). */
  noteRevision(id: string, revision: string): void {
    if (this.current?.id === id) this.current.known = revision;
  }

  /** Wraps one of our own writes of `id`'s article.json. */
  async ownWrite<T>(
    id: string,
    write: () => Promise<T>,
    revisionOf: (result: T) => string | null,
  ): Promise<T> {
    const watched = this.current?.id === id ? this.current : null;
    if (!watched) return write();
    watched.writesInFlight += 1;
    try {
      const result = await write();
      const revision = revisionOf(result);
      if (revision !== null) watched.known = revision;
      return result;
    } finally {
      watched.writesInFlight -= 1;
      if (watched.writesInFlight === 0 && watched.recheckAfterWrite) {
        watched.recheckAfterWrite = false;
        this.scheduleCheck(watched);
      }
    }
  }

  /** Checks now, whatever the watcher saw (also used by tests and after a wake from sleep). */
  check(): Promise<void> {
    if (!this.current) return Promise.resolve();
    return this.scheduleCheck(this.current);
  }

  async close(): Promise<void> {
    const watched = this.current;
    this.current = null;
    if (!watched) return;
    clearInterval(watched.poll);
    await watched.watcher.close();
  }

  private scheduleCheck(watched: Watched): Promise<void> {
    this.checking = this.checking.then(() => this.runCheck(watched)).catch(() => undefined);
    return this.checking;
  }

  private async runCheck(watched: Watched): Promise<void> {
    if (this.current !== watched) return;
    if (watched.writesInFlight > 0) {
      watched.recheckAfterWrite = true;
      return;
    }
    let revision: string | null;
    try {
      revision = await this.settledRevision(
        join(this.options.store.articleDir(watched.id), ARTICLE_FILE_NAME),
      );
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return;
      revision = null;
    }
    // A write of ours may have started while the file was being read.
    if (this.current !== watched || watched.writesInFlight > 0) {
      if (watched.writesInFlight > 0) watched.recheckAfterWrite = true;
      return;
    }
    if (revision === watched.known) return;
    watched.known = revision;
    this.options.onExternalChange({ id: watched.id, revision });
  }

  /**
   * Another program rewriting the file in place (truncate, then write) shows an
   * empty or half-written file for a moment. A file that does not parse as JSON
   * is read again after a short pause, so that moment is not reported as a
   * change; a file still unparseable then is reported (it is damaged, and the
   * editor says so when it loads it).
   */
  private async settledRevision(file: string): Promise<string | null> {
    // Read as the store reads it (non-blocking, regular files of an article's
    // size only): a plain read of a named pipe put there waited for a writer
    // forever, holding a thread of main's file operations, and every later
    // check queued behind it. What is refused gets the stand-in revision of
    // the web host's poll, so the change is still reported.
    let bytes = await readArticleBytes(file);
    for (
      let attempt = 0;
      attempt < 3 && Buffer.isBuffer(bytes) && !parsesAsJson(bytes);
      attempt++
    ) {
      await new Promise((resolve) => setTimeout(resolve, UNSETTLED_RETRY_MS));
      bytes = await readArticleBytes(file);
    }
    return Buffer.isBuffer(bytes) ? revisionOf(bytes) : revisionOnDisk(file);
  }
}

const UNSETTLED_RETRY_MS = 150;

function parsesAsJson(bytes: Buffer): boolean {
  try {
    JSON.parse(bytes.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}

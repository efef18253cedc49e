/**
 * Version history (issue #6, docs/article-format.md "History"): snapshots of
 * an article in `<library>/<id>/history/<ms>-<reason>-<words>.json`, inside the
 * article's folder so trash, backup and sync carry them along. The name holds
 * what the list shows (time, reason, word count), so listing never reads the
 * snapshots themselves.
 *
 * Snapshots are taken: on save, when the newest one is older than the minimum
 * interval (about one per five minutes of editing); at every export and Copy
 * HTML, of the article rendered, unless the last export held the same words
 * (`snapshotExport`); and before every restore, so a restore can be undone
 * by restoring that snapshot. Pruned by age after each snapshot, except the
 * versions a sync tool kept beside the article (`sync-copy`, taken in by
 * `takeInSyncCopies`): those are someone's words that nobody has looked at yet.
 */
import { randomUUID } from 'node:crypto';
import { lstat, readdir, rename, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../shared/article/schema';
import {
  SNAPSHOT_ID_PATTERN,
  type SnapshotInfo,
  type SnapshotReason,
  type SyncCopiesTaken,
} from '../../shared/ipc/recovery-channels';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { DEFAULT_HISTORY_SETTINGS, type HistorySettings } from '../../shared/settings';
import { bodyTextForCounting } from '../../shared/text/body-text';
import { countWords } from '../../shared/text/count';
import { sameContent } from '../../shared/recovery/article-diff';
import { HISTORY_FOLDER_NAME, readArticleBytes, type ArticleStore } from './article-store';
import { fsyncDirectory, retryWhileBusy, writeFileAtomic } from './atomic-write';
import { takingAsideName } from './sync-copies';
import { KeyedQueue } from './keyed-queue';
import { fileSystemDetail } from './file-system-detail';
import { makeSubfolder } from './subfolder';
import { parseSnapshotText, SNAPSHOT_FORMAT } from './snapshot-file';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface VersionHistoryOptions {
  store: ArticleStore;
  now?: () => Date;
  /** Read on every use, so a change in settings applies at once. */
  settings?: () => HistorySettings;
}

/**
 * countWords over the body, one line at a time: Intl.Segmenter's word
 * breaking grows much faster than linearly with the string's length (a
 * 124,000-character body took 51 s in one call, 0.3 s line by line), and no
 * word spans a line break anyway.
 */
export function countBodyWords(body: Article['body']): number {
  let words = 0;
  for (const line of bodyTextForCounting(body).split('\n')) words += countWords(line);
  return words;
}

export function parseSnapshotId(snapshotId: string): SnapshotInfo | null {
  if (!SNAPSHOT_ID_PATTERN.test(snapshotId)) return null;
  const [stamp, ...rest] = snapshotId.split('-');
  const words = rest.pop();
  return {
    snapshotId,
    takenAt: new Date(Number(stamp)).toISOString(),
    reason: rest.join('-') as SnapshotReason,
    wordCount: Number(words),
  };
}

/**
 * Which snapshots to delete under the age policy: keep everything younger than
 * `keepAllDays`; between that and `keepDailyDays`, keep the newest snapshot of
 * each kind (edits, export, before a restore) of each day; delete everything
 * older. Days are the machine's own (a Vietnamese newsroom's day does not end
 * at 07:00), and a day's export is kept beside its last edits: it answers
 * "what did we publish?", the before-restore one "what did the restore
 * replace?". Pure, so it is tested directly.
 */
export function snapshotsToPrune(
  infos: SnapshotInfo[],
  now: Date,
  policy: HistorySettings,
): SnapshotInfo[] {
  const newestFirst = [...infos].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const keptDays = new Set<string>();
  const prune: SnapshotInfo[] = [];
  for (const info of newestFirst) {
    if (info.reason === 'sync-copy') continue;
    const age = now.getTime() - Date.parse(info.takenAt);
    if (age < policy.keepAllDays * DAY_MS) continue;
    if (age >= policy.keepDailyDays * DAY_MS) {
      prune.push(info);
      continue;
    }
    const taken = new Date(info.takenAt);
    const kind = info.reason === 'autosave' ? 'edits' : info.reason;
    const day = `${taken.getFullYear()}-${taken.getMonth() + 1}-${taken.getDate()} ${kind}`;
    if (keptDays.has(day)) prune.push(info);
    else keptDays.add(day);
  }
  return prune;
}

/**
 * A restore brings back a version's words, not its place in the workflow:
 * a published article whose text goes back to yesterday's draft stays
 * published, at its address, which other articles' related-news links name.
 */
function withWorkflowOf(current: Article, restored: Article): Article {
  const { publishedUrl: _old, ...meta } = restored.meta;
  return {
    ...restored,
    createdAt: current.createdAt,
    meta: {
      ...meta,
      status: current.meta.status,
      ...(current.meta.publishedUrl !== undefined && { publishedUrl: current.meta.publishedUrl }),
    },
  };
}

/** Renames `aside` back to `fileName` in `dir` when no file has that name now; true when it did. */
async function putBack(dir: string, aside: string, fileName: string): Promise<boolean> {
  const yes = () => true;
  const no = () => false;
  if (await lstat(join(dir, fileName)).then(yes, no)) return false;
  return rename(join(dir, aside), join(dir, fileName)).then(yes, no);
}

export class VersionHistory {
  private readonly store: ArticleStore;
  private readonly now: () => Date;
  private readonly settings: () => HistorySettings;
  private readonly queue = new KeyedQueue();

  constructor(options: VersionHistoryOptions) {
    this.store = options.store;
    this.now = options.now ?? (() => new Date());
    this.settings = options.settings ?? (() => DEFAULT_HISTORY_SETTINGS);
  }

  private historyDir(id: string): string {
    return join(this.store.articleDir(id), HISTORY_FOLDER_NAME);
  }

  /**
   * The history folder, refused when it is not a real folder (a symlink), as
   * the store refuses a symlinked article folder: reads, writes and pruning
   * would otherwise reach outside the library. ENOENT when there is none.
   */
  private async realHistoryDir(id: string): Promise<string> {
    const dir = this.historyDir(id);
    if (!(await lstat(dir)).isDirectory()) throw new Error(`${dir} is not a folder`);
    return dir;
  }

  async list(id: string): Promise<Result<{ items: SnapshotInfo[] }>> {
    try {
      return ok({ items: await this.infos(id) });
    } catch (error) {
      return fail(
        'io',
        `Could not list the history of article ${id}: ${(error as Error).message}`,
        {
          detail: fileSystemDetail(error),
        },
      );
    }
  }

  /**
   * Newest first. Files whose names are not snapshot ids (temp files of a
   * killed write) are skipped. A `history` that is not a real folder (a
   * symlink) is refused, as the store refuses a symlinked article folder:
   * writes and pruning would otherwise reach outside the library.
   */
  private async infos(id: string): Promise<SnapshotInfo[]> {
    let names: string[];
    try {
      names = await readdir(await this.realHistoryDir(id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names
      .filter((name) => name.endsWith('.json'))
      .map((name) => parseSnapshotId(name.slice(0, -'.json'.length)))
      .filter((info): info is SnapshotInfo => info !== null)
      .sort((a, b) => b.snapshotId.localeCompare(a.snapshotId));
  }

  async load(
    id: string,
    snapshotId: string,
  ): Promise<Result<{ article: Article; info: SnapshotInfo }>> {
    const info = parseSnapshotId(snapshotId);
    if (!info) return fail('invalid-request', `"${snapshotId}" is not a snapshot id.`);
    const file = join(this.historyDir(id), `${snapshotId}.json`);
    let text: string;
    try {
      await this.realHistoryDir(id);
      // Not a plain readFile: a named pipe among the snapshots would hold it for ever.
      const bytes = await readArticleBytes(file);
      if (!Buffer.isBuffer(bytes)) return fail('corrupt', bytes.message);
      text = bytes.toString('utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return fail('not-found', `Snapshot ${snapshotId} of article ${id} is no longer there.`);
      return fail('io', `Could not read ${file}: ${(error as Error).message}`, {
        detail: fileSystemDetail(error),
      });
    }
    const article = parseSnapshotText(text, file, id);
    return article.ok ? ok({ article: article.value, info }) : article;
  }

  /** Snapshots the article as it is on disk now. */
  async takeSnapshot(id: string, reason: SnapshotReason): Promise<Result<SnapshotInfo>> {
    const loaded = await this.store.load(id);
    if (!loaded.ok) return loaded;
    return this.snapshotArticle(loaded.value.article, reason);
  }

  /**
   * Snapshots `article` as given: the export snapshots the very article it
   * rendered, since saves that land while it writes the files would otherwise
   * be recorded as what was published.
   */
  async snapshotArticle(article: Article, reason: SnapshotReason): Promise<Result<SnapshotInfo>> {
    return this.queue.run(article.id, () => this.write(article.id, article, reason));
  }

  /**
   * Snapshots `article` as exported (Export, Copy HTML), unless the newest
   * export snapshot holds the same content: the same words exported again (a
   * paste into the CMS that did not take, a second copy) are one publication,
   * not a row per click in the history. null when nothing was taken.
   */
  async snapshotExport(article: Article): Promise<Result<SnapshotInfo | null>> {
    return this.queue.run(article.id, async () => {
      try {
        const newest = (await this.infos(article.id)).find((info) => info.reason === 'export');
        const last = newest && (await this.load(article.id, newest.snapshotId));
        if (last?.ok && sameContent(last.value.article, article)) return ok(null);
      } catch {
        // A history that cannot be listed is told by the write below.
      }
      return this.write(article.id, article, 'export');
    });
  }

  /**
   * Moves the versions a sync tool kept beside the article (sync-copies.ts)
   * into its history, each dated when it was last saved (never later than
   * now), and removes the file once its snapshot is on disk. A copy with the
   * same content as article.json, or as a sync copy already in the history,
   * is only removed: it holds nothing more. A copy that cannot be taken in
   * stays in the folder and is named in `left`; the others are still taken.
   */
  async takeInSyncCopies(id: string): Promise<Result<SyncCopiesTaken>> {
    const names = await this.store.syncCopyNames(id);
    if (!names.ok) return names;
    if (names.value.length === 0) return ok({ taken: [], left: [] });
    return this.queue.run(id, async () => {
      const dir = this.store.articleDir(id);
      const current = await this.store.load(id);
      const known: Article[] = current.ok ? [current.value.article] : [];
      known.push(...(await this.syncCopiesInHistory(id)));
      const taken: SnapshotInfo[] = [];
      const left: SyncCopiesTaken['left'] = [];
      for (const fileName of names.value) {
        // Only what reads as this article is moved at all.
        if (!(await this.store.readSyncCopy(id, fileName))) continue;
        const aside = takingAsideName(randomUUID());
        try {
          await retryWhileBusy(() => rename(join(dir, fileName), join(dir, aside)));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
            left.push({ fileName, message: (error as Error).message });
          continue;
        }
        try {
          // Read again as moved: the tool may have replaced it since the first read.
          const article = await this.store.readSyncCopy(id, aside);
          if (!article) continue; // left under the aside name, untouched
          if (!known.some((other) => sameContent(other, article))) {
            const at = Math.max(0, Math.min(Date.parse(article.updatedAt), this.now().getTime()));
            const written = await this.write(id, article, 'sync-copy', at);
            if (!written.ok) throw new Error(written.error.message);
            taken.push(written.value);
            known.push(article);
          }
          await retryWhileBusy(() => unlink(join(dir, aside)));
        } catch (error) {
          // Back under its own name unless the tool wrote a new file there meanwhile.
          const backAs = (await putBack(dir, aside, fileName)) ? fileName : aside;
          left.push({ fileName: backAs, message: (error as Error).message });
        }
      }
      // The folder may have gone to the trash meanwhile, copies and history with it.
      await fsyncDirectory(dir).catch(() => undefined);
      return ok({ taken, left });
    });
  }

  /** The articles of the sync copies already in the history (to take none in twice). */
  private async syncCopiesInHistory(id: string): Promise<Article[]> {
    const articles: Article[] = [];
    for (const info of await this.infos(id).catch(() => [])) {
      if (info.reason !== 'sync-copy') continue;
      const loaded = await this.load(id, info.snapshotId);
      if (loaded.ok) articles.push(loaded.value.article);
    }
    return articles;
  }

  /**
   * Called after every successful save: snapshots when the newest snapshot is
   * older than the minimum interval. Never fails the save it follows.
   */
  async afterSave(id: string): Promise<SnapshotInfo | null> {
    try {
      const now = this.now().getTime();
      // A snapshot dated after now was taken while the clock was wrong (ahead):
      // counted, it would hold back every snapshot until that date came.
      // A sync copy is dated when it was saved elsewhere: it says nothing of this editing.
      const newest = (await this.infos(id)).find(
        (info) => info.reason !== 'sync-copy' && Date.parse(info.takenAt) <= now,
      );
      const interval = this.settings().minIntervalMinutes * 60 * 1000;
      if (newest && now - Date.parse(newest.takenAt) < interval) return null;
      const taken = await this.takeSnapshot(id, 'autosave');
      return taken.ok ? taken.value : null;
    } catch {
      return null;
    }
  }

  /**
   * Saves the snapshot as the current version, after snapshotting the current
   * one (`undoSnapshotId`: restoring it undoes this restore). Based on the
   * revision read here, so a file changed meanwhile is refused, not overwritten.
   */
  async restore(
    id: string,
    snapshotId: string,
  ): Promise<Result<{ article: Article; revision: string; undoSnapshotId: string | null }>> {
    const snapshot = await this.load(id, snapshotId);
    if (!snapshot.ok) return snapshot;
    const current = await this.store.load(id);
    if (!current.ok && current.error.code === 'corrupt') {
      // A damaged file (cut short by a sync tool or a disk error) has no
      // version to snapshot first: the store keeps it beside the restored one
      // instead, and there is no undo.
      const replaced = await this.store.replaceDamaged(snapshot.value.article);
      if (!replaced.ok) return replaced;
      const reloaded = await this.store.load(id);
      return reloaded.ok ? ok({ ...reloaded.value, undoSnapshotId: null }) : reloaded;
    }
    if (!current.ok) return current;
    const undo = await this.queue.run(id, () =>
      this.write(id, current.value.article, 'before-restore'),
    );
    if (!undo.ok) return undo;
    const saved = await this.store.save(
      withWorkflowOf(current.value.article, snapshot.value.article),
      current.value.revision,
    );
    if (!saved.ok) return saved;
    const reloaded = await this.store.load(id);
    if (!reloaded.ok) return reloaded;
    return ok({ ...reloaded.value, undoSnapshotId: undo.value.snapshotId });
  }

  /** `at`: the time the snapshot is dated (ms); now unless given. */
  private async write(
    id: string,
    article: Article,
    reason: SnapshotReason,
    at?: number,
  ): Promise<Result<SnapshotInfo>> {
    try {
      const dir = this.historyDir(id);
      await makeSubfolder(dir);
      const wordCount = countBodyWords(article.body);
      const existing = new Set((await this.infos(id)).map((info) => info.takenAt));
      // Two snapshots in one millisecond (restore right after a save) get distinct names.
      let stamp = at ?? this.now().getTime();
      while (existing.has(new Date(stamp).toISOString())) stamp += 1;
      const snapshotId = `${String(stamp).padStart(13, '0')}-${reason}-${wordCount}`;
      const takenAt = new Date(stamp).toISOString();
      const bytes = `${JSON.stringify({ format: SNAPSHOT_FORMAT, takenAt, reason, wordCount, article })}\n`;
      await writeFileAtomic(join(dir, `${snapshotId}.json`), bytes);
      await this.prune(id, snapshotId);
      return ok({ snapshotId, takenAt, reason, wordCount });
    } catch (error) {
      return fail('io', `Could not snapshot article ${id}: ${(error as Error).message}`, {
        detail: fileSystemDetail(error),
      });
    }
  }

  /**
   * `taken`, the snapshot just written, is never pruned: it is written to be
   * kept (the undo of a restore, the words "Load theirs" set aside), and with
   * retention settings of zero days the age policy alone removed it at once.
   */
  private async prune(id: string, taken: string): Promise<void> {
    const doomed = snapshotsToPrune(await this.infos(id), this.now(), this.settings()).filter(
      (info) => info.snapshotId !== taken,
    );
    if (doomed.length === 0) return;
    const dir = this.historyDir(id);
    for (const info of doomed) await rm(join(dir, `${info.snapshotId}.json`), { force: true });
    await fsyncDirectory(dir);
  }
}

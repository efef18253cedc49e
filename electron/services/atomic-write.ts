/**
 * Crash-safe file replacement. A save must leave either the previous or the new
 * file, whole, even if the process is killed or the power fails mid-save
 * (PITFALLS.md, "Saving documents"):
 *  - a temp file is written next to the target, fsynced and renamed over the
 *    target, so the target is never truncated in place;
 *  - the rename replaces the entry at the path given, never what a link there
 *    points to: the library may be a shared or synced folder, so a link in it
 *    (`.newsdesk/index.json`, a damaged `article.json`) may lead anywhere on the
 *    disk. (write-file-atomic, used here before, writes to the link's realpath.)
 *  - the directory is fsynced too, without which the rename itself can be lost
 *    on power failure (files of the right length full of zeros);
 *  - on Windows, antivirus and sync tools briefly hold files open and the rename
 *    fails with EPERM/EBUSY/EACCES, so the write is retried with backoff.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The waits between attempts, as MarkText PR #5454 found enough for antivirus and sync tools. */
export const BUSY_RETRY_DELAYS_MS: readonly number[] = [200, 400, 800];

const BUSY_ERROR_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** Errors that mean "someone else holds the file right now", worth waiting out. */
export function isBusyError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && BUSY_ERROR_CODES.has(code);
}

export interface RetryOptions {
  /** One wait per retry; the operation runs at most `delaysMs.length + 1` times. */
  delaysMs?: readonly number[];
  /** Injected by tests to observe the waits without spending them. */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `operation`, retrying it after each delay while it fails with a busy error.
 * Any other error, or a busy error after the last delay, is rethrown unchanged.
 */
export async function retryWhileBusy<T>(
  operation: () => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const delays = options.delaysMs ?? BUSY_RETRY_DELAYS_MS;
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !isBusyError(error)) throw error;
      await sleep(delay);
    }
  }
}

/** Errors from fsync on a directory that mean "this platform or file system cannot do it". */
const DIRECTORY_FSYNC_UNSUPPORTED = new Set(['EISDIR', 'EINVAL', 'ENOTSUP', 'EPERM', 'EACCES']);

/**
 * Makes a rename, creation or removal of an entry in `directory` durable.
 * Windows cannot open a directory for fsync (NTFS journals renames itself), and a
 * few file systems refuse it: there is nothing more we can do there, so those
 * cases are skipped rather than reported as a failed save of a file already in place.
 */
export async function fsyncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code || !DIRECTORY_FSYNC_UNSUPPORTED.has(code)) throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Writes `data` to a new file (never an existing one: `wx`) and fsyncs it
 * before closing, so a rename of it, or of its folder, cannot expose zeros.
 */
export async function writeDurably(filePath: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(filePath, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface AtomicWriteOptions {
  retry?: RetryOptions;
}

/**
 * Replaces `path` with `data` atomically and durably. A link at `path` is
 * replaced by the file, its target left as it was.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  await writeFileAtomicIf(path, data, async () => true, options);
}

/**
 * Replaces `path` with `data` as writeFileAtomic does, but only if
 * `stillCurrent()` still holds once the new bytes are on disk, just before the
 * rename; false (and nothing replaced) when it does not. A save checks the
 * file's revision before writing, and a sync tool (or a colleague's Newsdesk
 * on a shared folder) could replace the file during the fsync of the new
 * bytes, tens of milliseconds: that file would have been overwritten unseen.
 * Checked right before the rename, the window is a read and a rename.
 */
export async function writeFileAtomicIf(
  path: string,
  data: string | Uint8Array,
  stillCurrent: () => Promise<boolean>,
  options: AtomicWriteOptions = {},
): Promise<boolean> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  const temp = `${path}.${randomBytes(6).toString('hex')}`;
  try {
    await writeDurably(temp, bytes);
    if (!(await stillCurrent())) return false;
    await retryWhileBusy(() => rename(temp, path), options.retry);
  } finally {
    // Gone after the rename; left only when the write stopped or was not wanted.
    await unlink(temp).catch(() => undefined);
  }
  await fsyncDirectory(dirname(path));
  return true;
}

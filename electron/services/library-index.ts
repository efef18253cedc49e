/**
 * The library's summary index, `<library>/.newsdesk/index.json`: for each article
 * the stat of its `article.json` when it was last read, and the summary the list
 * shows. It is only a cache for `ArticleStore.list()`, so that starting Newsdesk
 * does not read and validate every article: an entry is trusted only while the
 * file's stat still matches, and a damaged, unknown-format or unreadable index is
 * ignored and rebuilt from the files. Saves never consult it (their conflict
 * check compares content hashes).
 */
import { statSync, type Stats } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ARTICLE_ID_PATTERN } from '../../shared/article/ids';
import { ARTICLE_STATUSES, articleSchema, type ArticleSummary } from '../../shared/article/schema';
import { writeFileAtomic } from './atomic-write';
import { readRegularFile } from './regular-file';
import { makeSubfolder } from './subfolder';

export const INDEX_FOLDER_NAME = '.newsdesk';
export const INDEX_FILE_NAME = 'index.json';
/** Bumped when the index's shape changes: an index of another format is rebuilt. */
export const INDEX_FORMAT = 1;

/**
 * What identifies one version of a file without reading it. Size and mtime are
 * what the user's tools change; ctime and inode catch a sync tool that restores
 * an old mtime or replaces the file with one of the same size.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export interface IndexEntry {
  stamp: FileStamp;
  summary: ArticleSummary;
  /** `summary.updatedAt` parsed once, for sorting (not stored). */
  time: number;
}

export function indexEntry(stamp: FileStamp, summary: ArticleSummary): IndexEntry {
  return { stamp, summary, time: Date.parse(summary.updatedAt) };
}

export function stampOf(stats: Stats): FileStamp {
  return { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino };
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

export function indexFilePath(libraryPath: string): string {
  return join(libraryPath, INDEX_FOLDER_NAME, INDEX_FILE_NAME);
}

/**
 * The article as the list needs it: every field checked as strictly as a load
 * does, except the body, of which only the root's shape is checked. Walking a
 * 10,000-word body for each of 10,000 articles is what made listing slow; a
 * damaged body is still reported, by `load()`, when the article is opened.
 */
export const articleHeaderSchema = articleSchema.extend({
  body: z.looseObject({
    root: z.looseObject({ type: z.literal('root'), children: z.array(z.unknown()) }),
  }),
});

const STATUSES: ReadonlySet<string> = new Set(ARTICLE_STATUSES);

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * One entry on disk is a flat array, not an object: 10,000 of them are parsed on
 * every start, and arrays parse about a third faster than keyed objects.
 */
type StoredEntry = [
  id: string,
  size: number,
  mtimeMs: number,
  ctimeMs: number,
  ino: number,
  headline: string,
  sapo: string,
  status: string,
  updatedAt: string,
  slug: string,
  publishedUrl: string | null,
];

/** Hand-written rather than zod: 10,000 entries are checked on every start. */
function parseEntry(value: unknown): [string, IndexEntry] | null {
  if (!Array.isArray(value) || value.length !== 11) return null;
  const [id, size, mtimeMs, ctimeMs, ino, headline, sapo, status, updatedAt, slug, publishedUrl] =
    value as unknown[];
  if (typeof id !== 'string' || !ARTICLE_ID_PATTERN.test(id)) return null;
  if (!isFiniteNumber(size) || !isFiniteNumber(mtimeMs)) return null;
  if (!isFiniteNumber(ctimeMs) || !isFiniteNumber(ino)) return null;
  if (typeof headline !== 'string' || typeof sapo !== 'string' || typeof slug !== 'string')
    return null;
  if (typeof status !== 'string' || !STATUSES.has(status)) return null;
  if (typeof updatedAt !== 'string') return null;
  if (publishedUrl !== null && typeof publishedUrl !== 'string') return null;
  const summary: ArticleSummary = {
    id,
    headline,
    sapo,
    status: status as ArticleSummary['status'],
    updatedAt,
    slug,
  };
  if (publishedUrl) summary.publishedUrl = publishedUrl;
  const entry = indexEntry({ size, mtimeMs, ctimeMs, ino }, summary);
  if (Number.isNaN(entry.time)) return null;
  return [id, entry];
}

/**
 * The index file's text. Only a regular file is read (regular-file.ts): a
 * named pipe in the index's place kept the library from ever being listed.
 * Anything else throws, which reads as no index.
 */
async function readIndexText(file: string): Promise<string> {
  const bytes = await readRegularFile(file, Number.POSITIVE_INFINITY);
  if (bytes === null) throw new Error(`${file} is not a regular file`);
  return bytes.toString('utf8');
}

/**
 * Reads the index. Anything unexpected (missing, not JSON, another format, one
 * malformed entry) gives an empty map: the caller then reads the articles.
 */
export async function readLibraryIndex(libraryPath: string): Promise<Map<string, IndexEntry>> {
  const entries = new Map<string, IndexEntry>();
  let data: unknown;
  try {
    data = JSON.parse(await readIndexText(indexFilePath(libraryPath)));
  } catch {
    return entries;
  }
  const file = data as { format?: unknown; entries?: unknown } | null;
  if (file?.format !== INDEX_FORMAT || !Array.isArray(file.entries)) return entries;
  for (const raw of file.entries as unknown[]) {
    const parsed = parseEntry(raw);
    if (!parsed || entries.has(parsed[0])) return new Map();
    entries.set(parsed[0], parsed[1]);
  }
  return entries;
}

export function serializeLibraryIndex(entries: ReadonlyMap<string, IndexEntry>): string {
  const list = [...entries].map(([id, { stamp, summary }]): StoredEntry => [
    id,
    stamp.size,
    stamp.mtimeMs,
    stamp.ctimeMs,
    stamp.ino,
    summary.headline,
    summary.sapo,
    summary.status,
    summary.updatedAt,
    summary.slug,
    summary.publishedUrl ?? null,
  ]);
  return JSON.stringify({ format: INDEX_FORMAT, entries: list });
}

/** Replaces the index atomically, so a crash mid-write leaves the old index or the new one. */
export async function writeLibraryIndex(
  libraryPath: string,
  entries: ReadonlyMap<string, IndexEntry>,
): Promise<void> {
  const folder = join(libraryPath, INDEX_FOLDER_NAME);
  // Not recursive: a library folder deleted meanwhile must not be recreated.
  // makeSubfolder also takes Windows' EPERM for a folder that is there.
  await makeSubfolder(folder);
  // A linked `.newsdesk` (a shared library may hold anything) would put the
  // index, over a file of that name, in whatever folder it leads to.
  if (!(await lstat(folder)).isDirectory()) throw new Error(`${folder} is not a folder`);
  await writeFileAtomic(indexFilePath(libraryPath), serializeLibraryIndex(entries));
}

/** How many stats run between two turns of the event loop. */
const STAT_CHUNK = 256;

/**
 * Stats many files; undefined for those missing. Synchronous stats in chunks:
 * 10,000 promise-based stats take 3–5 times longer (each is a thread-pool round
 * trip), and yielding between chunks keeps the main process responsive.
 */
export async function statFiles(paths: readonly string[]): Promise<(FileStamp | undefined)[]> {
  const out: (FileStamp | undefined)[] = new Array<FileStamp | undefined>(paths.length);
  for (let start = 0; start < paths.length; start += STAT_CHUNK) {
    if (start > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const end = Math.min(paths.length, start + STAT_CHUNK);
    for (let i = start; i < end; i += 1) {
      try {
        const stats = statSync(paths[i] as string, { throwIfNoEntry: false });
        out[i] = stats ? stampOf(stats) : undefined;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
        out[i] = undefined;
      }
    }
  }
  return out;
}

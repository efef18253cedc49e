/**
 * The recovery journal keeps each library's unsaved edits apart: a library
 * copied to a USB stick and opened beside the original holds the same article
 * ids, and one library's edits must never be offered over, or replaced by,
 * the other's. Real files on disk, through the channels.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { JOURNAL_FORMAT, libraryJournalDir } from '../../../electron/services/recovery-journal';
import { openSettings } from '../../../electron/services/settings';
import type { Article } from '../../../shared/article/schema';
import type { LoadedArticle } from '../../../shared/ipc/channels';
import type { RecoveryResponseMap } from '../../../shared/ipc/recovery-channels';
import type { Result } from '../../../shared/ipc/result';
import { bodyParagraphs } from '../../../shared/recovery/article-diff';
import { withParagraphs } from '../../support/article-builders';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();

/** The services of one library, with the recovery folder every library shares. */
function servicesOf(root: string, library: string) {
  const app = createAppServices({
    settings: openSettings({ cwd: path.join(root, 'config'), projectName: 'Newsdesk' }),
    host: 'web',
    systemLocales: ['en'],
    libraryPath: path.join(root, library),
    notices: [],
    recoveryDir: path.join(root, 'config', 'recovery'),
  });
  const call = async <T>(channel: string, request: unknown): Promise<Result<T>> =>
    (await app.dispatch(channel, request)) as Result<T>;
  const value = async <T>(channel: string, request: unknown): Promise<T> => {
    const result = await call<T>(channel, request);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const list = () => value<RecoveryResponseMap['journal:list']>('journal:list', {});
  return { call, value, list };
}

async function journalEdits(
  services: ReturnType<typeof servicesOf>,
  article: Article,
  text: string,
  session: string,
): Promise<void> {
  await services.value('journal:write', {
    article: withParagraphs(article, [text]),
    baseRevision: null,
    session,
    sequence: 1,
  });
}

describe('the recovery journal, per library', () => {
  it("keeps a copied library's unsaved edits out of the original's, and offers each in its own library", async () => {
    const root = await tempDir();
    const original = servicesOf(root, 'original');
    const created = await original.value<LoadedArticle>('article:create', {});
    // The library copied to a USB stick: the same article, the same id.
    await cp(path.join(root, 'original'), path.join(root, 'usb-copy'), { recursive: true });
    const copy = servicesOf(root, 'usb-copy');

    await journalEdits(original, created.article, 'chữ chưa lưu ở bản gốc', 'session-a1');
    const inCopy = await copy.list();
    expect(inCopy.entries).toEqual([]);
    expect(inCopy.otherLibraries).toEqual([
      {
        libraryPath: path.join(root, 'original'),
        folder: libraryJournalDir(
          path.join(root, 'config', 'recovery'),
          path.join(root, 'original'),
        ),
        count: 1,
      },
    ]);
    // Not restorable over the copy's article of the same id.
    const restored = await copy.call('journal:restore', { id: created.article.id, as: 'current' });
    expect(restored.ok).toBe(false);

    // The copy's own edits of that id do not replace the original's.
    await journalEdits(copy, created.article, 'chữ chưa lưu ở bản sao', 'session-b1');
    const [inOriginal] = (await original.list()).entries;
    expect(bodyParagraphs(inOriginal!.article)).toEqual(['chữ chưa lưu ở bản gốc']);
    const [inCopyNow] = (await copy.list()).entries;
    expect(bodyParagraphs(inCopyNow!.article)).toEqual(['chữ chưa lưu ở bản sao']);

    // Restored in its own library, the original's edits reach the original.
    await original.value('journal:restore', { id: created.article.id, as: 'current' });
    const onDisk = JSON.parse(
      await readFile(path.join(root, 'original', created.article.id, 'article.json'), 'utf8'),
    ) as Article;
    expect(bodyParagraphs(onDisk)).toEqual(['chữ chưa lưu ở bản gốc']);
    expect((await original.list()).entries).toEqual([]);
    expect((await copy.list()).otherLibraries).toEqual([]);
  });

  it('still offers an entry written before entries had a folder per library, and discards it', async () => {
    const root = await tempDir();
    const library = servicesOf(root, 'library');
    const created = await library.value<LoadedArticle>('article:create', {});
    const recoveryDir = path.join(root, 'config', 'recovery');
    await mkdir(recoveryDir, { recursive: true });
    const oldEntry = {
      format: JOURNAL_FORMAT,
      articleId: created.article.id,
      session: 'session-old1',
      sequence: 3,
      baseRevision: created.revision,
      writtenAt: new Date().toISOString(),
      article: withParagraphs(created.article, ['chữ của bản cũ']),
    };
    const file = path.join(recoveryDir, `${created.article.id}.journal.json`);
    await writeFile(file, JSON.stringify(oldEntry));

    const listed = await library.list();
    expect(listed.entries.map((entry) => bodyParagraphs(entry.article))).toEqual([
      ['chữ của bản cũ'],
    ]);
    expect(await library.value('journal:discard', { id: created.article.id })).toEqual({
      deleted: true,
    });
    expect((await library.list()).entries).toEqual([]);
    await expect(readFile(file)).rejects.toThrow(/ENOENT/);
  });

  // A damaged entry is kept for the reporter to copy the words out (the notice
  // names it). Beside an entry of an earlier build for the same article, a
  // discard of that old entry (the reporter's, or the start's own for one
  // that equals the disk) deleted the damaged file instead, and left the old
  // entry to be offered again at every start.
  it("discards an earlier build's entry, not this library's damaged one of the same article", async () => {
    const root = await tempDir();
    const library = servicesOf(root, 'library');
    const created = await library.value<LoadedArticle>('article:create', {});
    const recoveryDir = path.join(root, 'config', 'recovery');
    const ownDir = libraryJournalDir(recoveryDir, path.join(root, 'library'));
    await mkdir(ownDir, { recursive: true });
    const damaged = path.join(ownDir, `${created.article.id}.journal.json`);
    await writeFile(damaged, '{ "format": 1, "articleId": "chữ còn đọc được');
    const legacy = path.join(recoveryDir, `${created.article.id}.journal.json`);
    const oldEntry = (article: Article) =>
      JSON.stringify({
        format: JOURNAL_FORMAT,
        articleId: created.article.id,
        session: 'session-old1',
        sequence: 3,
        baseRevision: created.revision,
        writtenAt: new Date().toISOString(),
        article,
      });

    // Offered, and discarded by the reporter.
    await writeFile(legacy, oldEntry(withParagraphs(created.article, ['chữ của bản cũ'])));
    const listed = await library.list();
    expect(listed.entries.map((entry) => bodyParagraphs(entry.article))).toEqual([
      ['chữ của bản cũ'],
    ]);
    expect(listed.unreadable.map((file) => file.fileName)).toEqual([
      path.join(path.basename(ownDir), `${created.article.id}.journal.json`),
    ]);
    await library.value('journal:discard', { id: created.article.id });
    await expect(readFile(legacy)).rejects.toThrow(/ENOENT/);
    expect(await readFile(damaged, 'utf8')).toContain('chữ còn đọc được');

    // Equal to the disk: dropped by the list itself.
    await writeFile(legacy, oldEntry(created.article));
    expect((await library.list()).entries).toEqual([]);
    await expect(readFile(legacy)).rejects.toThrow(/ENOENT/);
    expect(await readFile(damaged, 'utf8')).toContain('chữ còn đọc được');
  });

  it('keeps one folder per library on Windows whatever the case of its path', () => {
    const recoveryDir = path.join(path.sep, 'recovery');
    const folder = (library: string, platform: NodeJS.Platform) =>
      libraryJournalDir(recoveryDir, library, platform);
    expect(folder('C:\\Tin tức\\Thư viện', 'win32')).toBe(folder('c:\\tin tức\\thư viện', 'win32'));
    // Elsewhere a name's case is part of it: two folders are two libraries.
    expect(folder('/srv/Tin', 'linux')).not.toBe(folder('/srv/tin', 'linux'));
  });
});

/** The recovery journal and its channels, on real files (issue #6). */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { libraryJournalDir, RecoveryJournal } from '../../../electron/services/recovery-journal';
import { openSettings } from '../../../electron/services/settings';
import type { Article } from '../../../shared/article/schema';
import type { LoadedArticle } from '../../../shared/ipc/channels';
import type { JournalEntrySummary } from '../../../shared/ipc/recovery-channels';
import { bodyParagraphs } from '../../../shared/recovery/article-diff';
import { makePng } from '../images/fixtures';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();

function withBody(article: Article, ...paragraphs: string[]): Article {
  const children = paragraphs.map((text) => ({
    type: 'paragraph',
    version: 1,
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  }));
  return {
    ...article,
    body: { root: { ...article.body.root, children } } as unknown as Article['body'],
  };
}

async function services() {
  const root = await tempDir();
  const settings = openSettings({ cwd: path.join(root, 'config'), projectName: 'Newsdesk' });
  const recoveryDir = path.join(root, 'config', 'recovery');
  const app = createAppServices({
    settings,
    host: 'web',
    systemLocales: ['en'],
    libraryPath: path.join(root, 'library'),
    notices: [],
    recoveryDir,
  });
  const call = async <T>(channel: string, request: unknown): Promise<T> => {
    const result = await app.dispatch(channel, request);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  const created = await call<LoadedArticle>('article:create', {});
  // This library's folder of entries in the recovery folder.
  const journalDir = libraryJournalDir(recoveryDir, path.join(root, 'library'));
  return { ...app, call, recoveryDir, journalDir, created, root };
}

describe('the recovery journal', () => {
  it('keeps the newest entry of a session and ignores older writes arriving late', async () => {
    const dir = await tempDir();
    const journal = new RecoveryJournal({ dir, libraryPath: path.join(dir, 'library') });
    const { created } = await services();
    const base = created.article;
    expect(
      await journal.write({
        article: withBody(base, 'hai'),
        baseRevision: null,
        session: 's-aaaaaaaa',
        sequence: 2,
      }),
    ).toBe(true);
    expect(
      await journal.write({
        article: withBody(base, 'một'),
        baseRevision: null,
        session: 's-aaaaaaaa',
        sequence: 1,
      }),
    ).toBe(false);
    const entry = await journal.get(base.id);
    expect(bodyParagraphs(entry!.article)).toEqual(['hai']);
  });

  it('writes atomically: only whole entries in the folder, temp files ignored by list', async () => {
    const dir = await tempDir();
    const journal = new RecoveryJournal({ dir, libraryPath: path.join(dir, 'library') });
    const { created } = await services();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        journal.write({
          article: withBody(created.article, `đoạn ${i}`.repeat(2000)),
          baseRevision: created.revision,
          session: 's-bbbbbbbb',
          sequence: i + 1,
        }),
      ),
    );
    // A temp file left by a write killed midway is not an entry.
    await writeFile(path.join(journal.dir, `${created.article.id}.journal.json.12345`), '{"trunc');
    const { entries, unreadable } = await journal.list();
    expect(entries).toHaveLength(1);
    expect(unreadable).toEqual([]);
    expect(entries[0]!.sequence).toBe(20);
    for (const name of (await readdir(journal.dir)).filter((n) => n.endsWith('.journal.json')))
      JSON.parse(await readFile(path.join(journal.dir, name), 'utf8'));
  });

  it('is deleted only after a save covering it succeeded', async () => {
    const { call, created, journalDir } = await services();
    const id = created.article.id;
    const session = 'session-1234';
    await call('journal:write', {
      article: withBody(created.article, 'chưa lưu'),
      baseRevision: created.revision,
      session,
      sequence: 5,
    });
    // A save of older edits does not cover the entry.
    const first = await call<{ revision: string }>('article:save', {
      article: withBody(created.article, 'chưa'),
      baseRevision: created.revision,
      journal: { session, sequence: 3 },
    });
    expect((await readdir(journalDir)).filter((n) => n.endsWith('.journal.json'))).toHaveLength(1);
    // A refused save covers nothing.
    await expect(
      call('article:save', {
        article: withBody(created.article, 'chưa lưu'),
        baseRevision: created.revision,
        journal: { session, sequence: 5 },
      }),
    ).rejects.toThrow(/conflict/);
    expect((await readdir(journalDir)).filter((n) => n.endsWith('.journal.json'))).toHaveLength(1);
    await call('article:save', {
      article: withBody(created.article, 'chưa lưu'),
      baseRevision: first.revision,
      journal: { session, sequence: 5 },
    });
    expect((await readdir(journalDir)).filter((n) => n.endsWith('.journal.json'))).toHaveLength(0);
    // A journal write that arrives after its save cannot bring the entry back.
    const late = await call<{ written: boolean }>('journal:write', {
      article: withBody(created.article, 'chưa lưu'),
      baseRevision: created.revision,
      session,
      sequence: 5,
    });
    expect(late.written).toBe(false);
    expect((await call<{ entries: unknown[] }>('journal:list', {})).entries).toEqual([]);
    expect(id).toBeTruthy();
  });

  it('a covering save brings an older entry up to date first, so the entry is never older than the file', async () => {
    const { call, created, recovery } = await services();
    const session = 'session-5678';
    await call('journal:write', {
      article: withBody(created.article, 'bản cũ'),
      baseRevision: created.revision,
      session,
      sequence: 1,
    });
    // Simulate a kill right after the article write: the delete never happens.
    const journal = recovery.journal!;
    const original = journal.markCovered.bind(journal);
    journal.markCovered = async () => false;
    await call('article:save', {
      article: withBody(created.article, 'bản mới hơn'),
      baseRevision: created.revision,
      journal: { session, sequence: 2 },
    });
    journal.markCovered = original;
    const entry = await journal.get(created.article.id);
    expect(bodyParagraphs(entry!.article)).toEqual(['bản mới hơn']);
    // Same content as the file: not offered, and cleaned up.
    expect((await call<{ entries: unknown[] }>('journal:list', {})).entries).toEqual([]);
    expect(await journal.get(created.article.id)).toBeNull();
  });

  it('a journal that cannot be written (full disk) never stops the save to the library', async () => {
    const { call, created, recovery, root } = await services();
    const session = 'session-full';
    await call('journal:write', {
      article: withBody(created.article, 'bản cũ'),
      baseRevision: created.revision,
      session,
      sequence: 1,
    });
    const journal = recovery.journal!;
    const diskFull = async (): Promise<never> => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    const original = journal.write.bind(journal);
    journal.write = diskFull;
    const saved = await call<{ revision: string }>('article:save', {
      article: withBody(created.article, 'bản đã lưu'),
      baseRevision: created.revision,
      journal: { session, sequence: 2 },
    });
    journal.write = original;
    expect(saved.revision).toBeTruthy();
    const onDisk = JSON.parse(
      await readFile(path.join(root, 'library', created.article.id, 'article.json'), 'utf8'),
    ) as Article;
    expect(bodyParagraphs(onDisk)).toEqual(['bản đã lưu']);
    // The older entry went once the save covered it.
    expect(await journal.get(created.article.id)).toBeNull();

    // Nor does a journal that fails after the article was written: the save is reported done.
    journal.markCovered = diskFull;
    const again = await call<{ revision: string }>('article:save', {
      article: withBody(created.article, 'bản lưu lần hai'),
      baseRevision: saved.revision,
      journal: { session, sequence: 3 },
    });
    expect(again.revision).not.toBe(saved.revision);
  });

  it('a copy ("Keep both", "Restore as a copy") brings its figures\' images along', async () => {
    const { call, created } = await services();
    const id = created.article.id;
    const imported = await call<{ assetId: string; width: number; height: number }>(
      'image:import',
      { articleId: id, name: 'anh.png', dataBase64: (await makePng(64, 48, 7)).toString('base64') },
    );
    const figure = {
      type: 'figure',
      version: 1,
      assetId: imported.assetId,
      width: imported.width,
      height: imported.height,
      layout: 'inline',
      caption: 'Chú thích',
      credit: 'Ảnh: A',
      alt: 'Ảnh',
    };
    const withFigure: Article = {
      ...withBody(created.article, 'Có ảnh'),
      headline: 'Bài có ảnh',
      body: {
        root: {
          ...created.article.body.root,
          children: [...withBody(created.article, 'Có ảnh').body.root.children, figure],
        },
      } as unknown as Article['body'],
    };
    const shows = (articleId: string) =>
      call('image:url', { articleId, assetId: imported.assetId }).then(
        () => true,
        () => false,
      );

    const kept = await call<LoadedArticle>('article:save-as-copy', { article: withFigure });
    expect(kept.article.id).not.toBe(id);
    expect(await shows(kept.article.id)).toBe(true);

    await call('journal:write', {
      article: withFigure,
      baseRevision: created.revision,
      session: 'crashed-session',
      sequence: 3,
    });
    const restored = await call<LoadedArticle>('journal:restore', { id, as: 'copy' });
    expect(restored.article.id).not.toBe(id);
    expect(await shows(restored.article.id)).toBe(true);
    // The copy exports: its images are its own.
    const exported = await call<{ kind: string }>('article:export', { id: restored.article.id });
    expect(exported.kind).toBe('exported');
  });

  it('lists entries with the disk state and restores as the current version', async () => {
    const { call, created } = await services();
    await call('journal:write', {
      article: { ...withBody(created.article, 'đã gõ'), headline: 'Tiêu đề mới' },
      baseRevision: created.revision,
      session: 'session-9999',
      sequence: 3,
    });
    const { entries } = await call<{ entries: JournalEntrySummary[] }>('journal:list', {});
    expect(entries).toHaveLength(1);
    expect(entries[0]!.disk.kind).toBe('same-base');
    const restored = await call<LoadedArticle>('journal:restore', {
      id: created.article.id,
      as: 'current',
    });
    expect(restored.article.headline).toBe('Tiêu đề mới');
    expect(bodyParagraphs(restored.article)).toEqual(['đã gõ']);
    expect((await call<{ entries: unknown[] }>('journal:list', {})).entries).toEqual([]);
    // The replaced version is in the history, so the restore can be undone.
    const history = await call<{ items: { reason: string }[] }>('history:list', {
      id: created.article.id,
    });
    expect(history.items.map((item) => item.reason)).toContain('before-restore');
  });

  it('shows a moved-on file and keeps both on request, never overwriting it', async () => {
    const { call, created } = await services();
    const id = created.article.id;
    await call('journal:write', {
      article: withBody(created.article, 'của tôi'),
      baseRevision: created.revision,
      session: 'session-aaaa',
      sequence: 1,
    });
    // Someone else saved meanwhile.
    await call('article:save', {
      article: withBody(created.article, 'của họ'),
      baseRevision: created.revision,
    });
    const { entries } = await call<{ entries: JournalEntrySummary[] }>('journal:list', {});
    expect(entries[0]!.disk.kind).toBe('moved-on');
    const copy = await call<LoadedArticle>('journal:restore', { id, as: 'copy' });
    expect(copy.article.id).not.toBe(id);
    expect(bodyParagraphs(copy.article)).toEqual(['của tôi']);
    const theirs = await call<LoadedArticle>('article:load', { id });
    expect(bodyParagraphs(theirs.article)).toEqual(['của họ']);
  });

  it('discard deletes the entry and leaves the article alone', async () => {
    const { call, created } = await services();
    await call('journal:write', {
      article: withBody(created.article, 'bỏ đi'),
      baseRevision: created.revision,
      session: 'session-bbbb',
      sequence: 1,
    });
    await call('journal:discard', { id: created.article.id });
    expect((await call<{ entries: unknown[] }>('journal:list', {})).entries).toEqual([]);
    const loaded = await call<LoadedArticle>('article:load', { id: created.article.id });
    expect(loaded.revision).toBe(created.revision);
  });
  it('tells of a journal file it cannot read, and keeps it', async () => {
    const { call, created, recoveryDir, journalDir } = await services();
    await call('journal:write', {
      article: withBody(created.article, 'những chữ chưa lưu'),
      baseRevision: created.revision,
      session: 'session-cccc',
      sequence: 1,
    });
    // Named from the recovery folder, where the message sends the reporter.
    const fileName = path.join(path.basename(journalDir), `${created.article.id}.journal.json`);
    const file = path.join(recoveryDir, fileName);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, Math.floor(text.length / 2))); // cut short by a disk error
    const listed = await call<{
      entries: unknown[];
      unreadable: { fileName: string }[];
      folder: string;
    }>('journal:list', {});
    expect(listed.entries).toEqual([]);
    expect(listed.unreadable.map((entry) => entry.fileName)).toEqual([fileName]);
    expect(listed.folder).toBe(recoveryDir);
    expect(await readFile(file, 'utf8')).toBe(text.slice(0, Math.floor(text.length / 2)));
  });
});

/**
 * Saves and journal writes that send only the changed blocks (issue #9:
 * autosave cost), through the real handler table and real files: the file a
 * delta save writes is byte for byte the file the whole article would have
 * written, and a delta the host cannot resolve writes nothing.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { openSettings } from '../../../electron/services/settings';
import { libraryJournalDir } from '../../../electron/services/recovery-journal';
import { encodeArticleDelta } from '../../../shared/article/article-delta';
import type { Article } from '../../../shared/article/schema';
import type { LoadedArticle } from '../../../shared/ipc/channels';
import type { Result } from '../../../shared/ipc/result';
import { withParagraphs } from '../../support/article-builders';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

async function services(root?: string) {
  root ??= await tempDir();
  const settings = openSettings({ cwd: path.join(root, 'config'), projectName: 'Newsdesk' });
  const recoveryDir = path.join(root, 'config', 'recovery');
  const libraryPath = path.join(root, 'library');
  const app = createAppServices({
    settings,
    host: 'web',
    systemLocales: ['en'],
    libraryPath,
    notices: [],
    recoveryDir,
  });
  const call = async <T>(channel: string, request: unknown): Promise<Result<T>> =>
    (await app.dispatch(channel, request)) as Result<T>;
  return { call, root, libraryPath, recoveryDir };
}

type Saved = { revision: string; updatedAt: string };

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const TEXTS = ['Đoạn một.', 'Đoạn hai.', 'Đoạn ba.', 'Đoạn bốn.'];

/** A created article saved whole once: the base a delta builds on. */
async function savedOnce() {
  const app = await services();
  const created = value(await app.call<LoadedArticle>('article:create', {}));
  const first = withParagraphs(created.article, TEXTS);
  const saved = value(
    await app.call<Saved>('article:save', { baseRevision: created.revision, article: first }),
  );
  const file = path.join(app.libraryPath, first.id, 'article.json');
  return { ...app, first, saved, file };
}

/** `first` with its third block replaced, as a delta naming the other blocks by index. */
function editThird(first: Article, revision: string) {
  const children = [...first.body.root.children];
  children[2] = withParagraphs(first, ['Đoạn ba, sửa lại.']).body.root.children[0]!;
  const next: Article = { ...first, body: { root: { ...first.body.root, children } } };
  const index = new Map(first.body.root.children.map((block, i) => [block as object, i]));
  return { next, delta: encodeArticleDelta(next, { revision, index }) };
}

describe('delta saves', () => {
  it('write exactly what the whole article would have written', async () => {
    const app = await savedOnce();
    const { next, delta } = editThird(app.first, app.saved.revision);
    expect(delta.blocks.filter((block) => typeof block === 'number')).toEqual([0, 1, 3]);
    const bytesSent = JSON.stringify(delta).length;
    expect(bytesSent).toBeLessThan(JSON.stringify(next).length);

    const byDelta = value(
      await app.call<Saved>('article:save', { baseRevision: app.saved.revision, delta }),
    );
    const written = await readFile(app.file, 'utf8');
    const loaded = value(await app.call<LoadedArticle>('article:load', { id: next.id }));
    expect(loaded.revision).toBe(byDelta.revision);
    expect(loaded.article).toEqual({ ...next, updatedAt: byDelta.updatedAt });

    // The same edit sent whole, from the same base, in a second library.
    const other = await savedOnce();
    const whole = { ...editThird(other.first, other.saved.revision).next };
    value(
      await other.call<Saved>('article:save', {
        baseRevision: other.saved.revision,
        article: whole,
      }),
    );
    const wholeFile = JSON.parse(await readFile(other.file, 'utf8')) as Article;
    const deltaFile = JSON.parse(written) as Article;
    expect(deltaFile.body).toEqual(wholeFile.body);
  });

  it('build on the version a host loaded, before any save of its own (a new session)', async () => {
    const app = await savedOnce();
    // Another run of the app: it holds nothing until it opens the article.
    const again = await services(app.root);
    const opened = value(await again.call<LoadedArticle>('article:load', { id: app.first.id }));
    const { next, delta } = editThird(opened.article, opened.revision);
    const saved = value(
      await again.call<Saved>('article:save', { baseRevision: opened.revision, delta }),
    );
    const reloaded = value(await again.call<LoadedArticle>('article:load', { id: next.id }));
    expect(reloaded.revision).toBe(saved.revision);
    expect(reloaded.article).toEqual({ ...next, updatedAt: saved.updatedAt });
  });

  it('chain: each builds on the version the one before wrote', async () => {
    const app = await savedOnce();
    let current = app.first;
    let revision = app.saved.revision;
    for (const word of ['một', 'hai', 'ba']) {
      const children = [...current.body.root.children];
      children[1] = withParagraphs(current, [`Đoạn hai: ${word}.`]).body.root.children[0]!;
      const next: Article = { ...current, body: { root: { ...current.body.root, children } } };
      const index = new Map(current.body.root.children.map((block, i) => [block as object, i]));
      const delta = encodeArticleDelta(next, { revision, index });
      revision = value(
        await app.call<Saved>('article:save', { baseRevision: revision, delta }),
      ).revision;
      current = next;
    }
    const onDisk = JSON.parse(await readFile(app.file, 'utf8')) as Article;
    expect(JSON.stringify(onDisk.body)).toContain('Đoạn hai: ba.');
    expect(onDisk.body.root.children).toHaveLength(4);
  });

  it('answer unknown-base and write nothing when the host does not hold the base', async () => {
    const app = await savedOnce();
    const before = await readFile(app.file);
    // A revision the host never wrote.
    const stranger = editThird(app.first, 'b'.repeat(64));
    expect(
      await app.call('article:save', { baseRevision: app.saved.revision, delta: stranger.delta }),
    ).toMatchObject({ ok: false, error: { code: 'unknown-base' } });
    // The right revision, but the host restarted since (its memory is empty).
    const restarted = await services(app.root);
    const { delta } = editThird(app.first, app.saved.revision);
    expect(
      await restarted.call('article:save', { baseRevision: app.saved.revision, delta }),
    ).toMatchObject({ ok: false, error: { code: 'unknown-base' } });
    expect(await readFile(app.file)).toEqual(before);
  });

  it('refuse an index the base does not have, and write nothing', async () => {
    const app = await savedOnce();
    const before = await readFile(app.file);
    const { delta } = editThird(app.first, app.saved.revision);
    const result = await app.call('article:save', {
      baseRevision: app.saved.revision,
      delta: { ...delta, blocks: [...delta.blocks, 4] },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await readFile(app.file)).toEqual(before);
  });

  it('still refuse a delta built on a version that is no longer on disk (a conflict)', async () => {
    const app = await savedOnce();
    const { delta } = editThird(app.first, app.saved.revision);
    // Another save moves the file on; the delta still names the version before it.
    value(
      await app.call<Saved>('article:save', {
        baseRevision: app.saved.revision,
        article: { ...app.first, headline: 'Người khác sửa' },
      }),
    );
    // The host holds only its newest write, so the renderer is told to send
    // the whole article; that is then refused as a conflict, as before deltas.
    expect(
      await app.call('article:save', { baseRevision: app.saved.revision, delta }),
    ).toMatchObject({ ok: false, error: { code: 'unknown-base' } });
    expect(
      await app.call('article:save', {
        baseRevision: app.saved.revision,
        article: editThird(app.first, app.saved.revision).next,
      }),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const onDisk = JSON.parse(await readFile(app.file, 'utf8')) as Article;
    expect(onDisk.headline).toBe('Người khác sửa');
  });
});

describe('delta journal writes', () => {
  it('journal the whole article the delta describes', async () => {
    const app = await savedOnce();
    const { next, delta } = editThird(app.first, app.saved.revision);
    const written = value(
      await app.call<{ written: boolean }>('journal:write', {
        delta,
        baseRevision: app.saved.revision,
        session: 'session-0001',
        sequence: 1,
      }),
    );
    expect(written.written).toBe(true);
    const journalDir = libraryJournalDir(app.recoveryDir, app.libraryPath);
    const names = (await readdir(journalDir)).filter((n) => n.endsWith('.journal.json'));
    expect(names).toHaveLength(1);
    const entry = JSON.parse(await readFile(path.join(journalDir, names[0]!), 'utf8')) as {
      article: Article;
    };
    expect(entry.article).toEqual(next);
  });
});

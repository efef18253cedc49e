/** The `article:export` handler: destination chosen in main, never by the renderer (issue #5). */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestSchemas } from '../../../shared/ipc/channels';
import { ArticleStore } from '../../../electron/services/article-store';
import { createExportHandlers } from '../../../electron/services/export-handlers';
import { VersionHistory } from '../../../electron/services/version-history';
import { DEFAULT_HISTORY_SETTINGS } from '../../../shared/settings';
import { useTempDirs } from '../services/temp-dir';
import { planExportSlugs } from '../../../shared/export/export-plan';
import { article, paragraph, relatedNews, text } from '../export/builders';
import {
  MAIN_HEADLINE,
  MAIN_ID,
  MAIN_SLUG,
  OTHER_ID,
  sampleLibrary,
  writeArticle,
} from './library-fixture';

const tempDir = useTempDirs();

async function setUp(chooseExportFolder?: () => Promise<string | null>) {
  const root = await tempDir();
  const libraryPath = path.join(root, 'library');
  await sampleLibrary(libraryPath);
  const store = new ArticleStore({ libraryPath });
  const handlers = createExportHandlers({
    store,
    libraryPath,
    ...(chooseExportFolder ? { chooseExportFolder } : {}),
  });
  return { root, libraryPath, store, handlers };
}

describe('article:export', () => {
  it('accepts an article id and nothing else: no path can come from the renderer', () => {
    const schema = requestSchemas['article:export'];
    expect(schema.safeParse({ id: MAIN_ID }).success).toBe(true);
    expect(schema.safeParse({ id: MAIN_ID, folder: '/tmp' }).success).toBe(false);
    expect(schema.safeParse({ id: '../etc' }).success).toBe(false);
  });

  it('writes into <library>/exports without a dialog, and the library still lists only articles', async () => {
    const { libraryPath, store, handlers } = await setUp();
    const before = await store.list();
    const result = await handlers['article:export']({ id: MAIN_ID });
    const folder = path.join(libraryPath, 'exports', MAIN_SLUG);
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'exported',
        folder,
        slug: MAIN_SLUG,
        indexPath: path.join(folder, 'index.html'),
      },
    });
    expect(await readFile(path.join(folder, 'index.html'), 'utf8')).toContain('<h1>');
    expect(await store.list()).toEqual(before);
  });

  it('writes where the dialog says, and nothing when it is cancelled', async () => {
    const first = await setUp(async () => null);
    expect(await first.handlers['article:export']({ id: OTHER_ID })).toEqual({
      ok: true,
      value: { kind: 'cancelled' },
    });
    expect(await readdir(first.libraryPath)).not.toContain('exports');

    const chosen = path.join(await tempDir(), 'chosen');
    const second = await setUp(async () => chosen);
    const result = await second.handlers['article:export']({ id: MAIN_ID });
    expect(result.ok && result.value.kind === 'exported' && result.value.folder).toBe(
      path.join(chosen, MAIN_SLUG),
    );
    expect(await readdir(path.join(chosen, MAIN_SLUG, 'images'))).toHaveLength(2);
  });

  it('reports an article that cannot be read', async () => {
    const { handlers } = await setUp();
    const result = await handlers['article:export']({ id: 'a0000000-0000-4000-8000-00000000beef' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not-found');
  });

  it('takes a version-history snapshot of the exported article at every export of new words, none when cancelled', async () => {
    const root = await tempDir();
    const libraryPath = path.join(root, 'library');
    await sampleLibrary(libraryPath);
    const store = new ArticleStore({ libraryPath });
    const history = new VersionHistory({ store, settings: () => DEFAULT_HISTORY_SETTINGS });
    const answers: (string | null)[] = [
      null,
      ...['a', 'b', 'c'].map((dir) => path.join(root, dir)),
    ];
    const handlers = createExportHandlers({
      store,
      libraryPath,
      recovery: { history },
      chooseExportFolder: async () => answers.shift()!,
    });
    const snapshots = async () => {
      const listed = await history.list(MAIN_ID);
      if (!listed.ok) throw new Error(listed.error.message);
      return listed.value.items;
    };
    const reasons = async () => (await snapshots()).map((item) => item.reason);

    expect(await handlers['article:export']({ id: MAIN_ID })).toMatchObject({
      value: { kind: 'cancelled' },
    });
    expect(await reasons()).toEqual([]);
    for (let i = 0; i < 2; i += 1) {
      expect(await handlers['article:export']({ id: MAIN_ID })).toMatchObject({
        value: { kind: 'exported' },
      });
    }
    // The same words exported twice are one publication.
    expect(await reasons()).toEqual(['export']);
    const loaded = await store.load(MAIN_ID);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const changed = { ...loaded.value.article, headline: `${loaded.value.article.headline} (sửa)` };
    expect((await store.save(changed, loaded.value.revision)).ok).toBe(true);
    expect(await handlers['article:export']({ id: MAIN_ID })).toMatchObject({
      value: { kind: 'exported' },
    });
    expect(await reasons()).toEqual(['export', 'export']);
    // The snapshot holds the article as exported.
    const [newest] = await snapshots();
    const snapshot = await history.load(MAIN_ID, newest!.snapshotId);
    const onDisk = await store.load(MAIN_ID);
    expect(snapshot.ok && onDisk.ok && snapshot.value.article).toEqual(
      onDisk.ok ? onDisk.value.article : null,
    );
  });

  it('snapshots the article it rendered, not a save that landed while it exported', async () => {
    const root = await tempDir();
    const libraryPath = path.join(root, 'library');
    await sampleLibrary(libraryPath);
    const store = new ArticleStore({ libraryPath });
    const history = new VersionHistory({ store, settings: () => DEFAULT_HISTORY_SETTINGS });
    const handlers = createExportHandlers({
      store,
      libraryPath,
      recovery: { history },
      // The reporter's autosave lands while the export is under way.
      chooseExportFolder: async () => {
        const loaded = await store.load(MAIN_ID);
        if (!loaded.ok) throw new Error(loaded.error.message);
        const { article, revision } = loaded.value;
        const saved = await store.save({ ...article, headline: 'Sửa sau khi bấm Xuất' }, revision);
        if (!saved.ok) throw new Error(saved.error.message);
        return path.join(root, 'out');
      },
    });
    const result = await handlers['article:export']({ id: MAIN_ID });
    if (!result.ok || result.value.kind !== 'exported') throw new Error(JSON.stringify(result));
    expect(await readFile(result.value.indexPath, 'utf8')).toContain(`<h1>${MAIN_HEADLINE}</h1>`);
    const listed = await history.list(MAIN_ID);
    if (!listed.ok) throw new Error(listed.error.message);
    const exportSnapshot = listed.value.items.find((item) => item.reason === 'export')!;
    const snapshot = await history.load(MAIN_ID, exportSnapshot.snapshotId);
    expect(snapshot.ok && snapshot.value.article.headline).toBe(MAIN_HEADLINE);
  });

  it('still reports the export when the snapshot fails', async () => {
    const root = await tempDir();
    const libraryPath = path.join(root, 'library');
    await sampleLibrary(libraryPath);
    const handlers = createExportHandlers({
      store: new ArticleStore({ libraryPath }),
      libraryPath,
      recovery: { history: { snapshotExport: () => Promise.reject(new Error('disk full')) } },
    });
    expect(await handlers['article:export']({ id: MAIN_ID })).toMatchObject({
      ok: true,
      value: { kind: 'exported' },
    });
  });

  it('names folders as the CLI does: same headlines get a folder each, "Con" is renamed, links follow', async () => {
    const root = await tempDir();
    const libraryPath = path.join(root, 'library');
    const [first, second, con, story] = [5, 6, 7, 8].map(
      (n) => `a0000000-0000-4000-8000-00000000000${n}`,
    ) as [string, string, string, string];
    const same = 'Hà Nội mưa lớn';
    await writeArticle(
      libraryPath,
      article([paragraph(text('Bản thứ nhất.'))], { id: first, headline: same }),
    );
    await writeArticle(
      libraryPath,
      article([paragraph(text('Bản thứ hai.'))], { id: second, headline: same }),
    );
    await writeArticle(
      libraryPath,
      article([paragraph(text('Con đường mới.'))], { id: con, headline: 'Con' }),
    );
    const link = (articleId: string) => ({
      headline: articleId,
      summary: '',
      link: { kind: 'article' as const, articleId },
    });
    await writeArticle(
      libraryPath,
      article([relatedNews('Tin liên quan', [link(first), link(second), link(con)])], {
        id: story,
        headline: 'Tổng hợp tin mưa',
      }),
    );
    const store = new ArticleStore({ libraryPath });
    const handlers = createExportHandlers({ store, libraryPath });

    const slugs: string[] = [];
    for (const id of [first, second, con, story]) {
      const result = await handlers['article:export']({ id });
      if (!result.ok || result.value.kind !== 'exported') throw new Error(`export of ${id} failed`);
      slugs.push(result.value.slug);
    }
    const listing = await store.list();
    const planned = planExportSlugs(listing.ok ? listing.value.articles : []);
    expect(slugs).toEqual(['ha-noi-mua-lon', 'ha-noi-mua-lon-2', 'con-2', 'tong-hop-tin-mua']);
    expect(slugs).toEqual([first, second, con, story].map((id) => planned.get(id)));

    const exported = (slug: string) =>
      readFile(path.join(libraryPath, 'exports', slug, 'index.html'), 'utf8');
    // The second article did not replace the first one's export.
    expect(await exported('ha-noi-mua-lon')).toContain('Bản thứ nhất.');
    expect(await exported('ha-noi-mua-lon-2')).toContain('Bản thứ hai.');
    const links = [...(await exported('tong-hop-tin-mua')).matchAll(/href="([^"]+)"/g)].map(
      (match) => match[1],
    );
    expect(links).toEqual(
      expect.arrayContaining([
        '../ha-noi-mua-lon/index.html',
        '../ha-noi-mua-lon-2/index.html',
        '../con-2/index.html',
      ]),
    );
  });
  it('a slug changed by the editor is exported under, not the folder of the slug before', async () => {
    const root = await tempDir();
    const libraryPath = path.join(root, 'library');
    const id = 'a0000000-0000-4000-8000-00000000e7e7';
    const meta = (slug: string) => ({
      slug,
      category: '',
      tags: [],
      status: 'draft' as const,
      notes: '',
    });
    const handlers = () =>
      createExportHandlers({ store: new ArticleStore({ libraryPath }), libraryPath });
    const body = [paragraph(text('Tết Nguyên đán.'))];
    await writeArticle(libraryPath, article(body, { id, headline: 'Tết', meta: meta('tet-2025') }));
    const first = await handlers()['article:export']({ id });
    expect(first.ok && first.value.kind === 'exported' && first.value.slug).toBe('tet-2025');
    // The editor types the shorter slug: "tet-2025" is no "-N" of "tet".
    await writeArticle(libraryPath, article(body, { id, headline: 'Tết', meta: meta('tet') }));
    const second = await handlers()['article:export']({ id });
    expect(second.ok && second.value.kind === 'exported' && second.value.slug).toBe('tet');
    // And exported again, it keeps its folder.
    const third = await handlers()['article:export']({ id });
    expect(third.ok && third.value.kind === 'exported' && third.value.slug).toBe('tet');
  });

  it('links a related article only where its page is: not to a folder this export did not write', async () => {
    const root = await tempDir();
    const libraryPath = path.join(root, 'library');
    const [sibling, story] = [
      'a0000000-0000-4000-8000-0000000000a1',
      'a0000000-0000-4000-8000-0000000000a2',
    ];
    await writeArticle(
      libraryPath,
      article([paragraph(text('Bài bên cạnh.'))], { id: sibling, headline: 'Lũ ở miền Trung' }),
    );
    const item = {
      headline: 'Lũ ở miền Trung',
      summary: '',
      link: { kind: 'article' as const, articleId: sibling },
    };
    await writeArticle(
      libraryPath,
      article([relatedNews('Tin liên quan', [item])], { id: story, headline: 'Tổng hợp tin lũ' }),
    );
    const handlers = createExportHandlers({
      store: new ArticleStore({ libraryPath }),
      libraryPath,
    });
    const page = async () => {
      const result = await handlers['article:export']({ id: story });
      if (!result.ok || result.value.kind !== 'exported') throw new Error('export failed');
      return readFile(result.value.indexPath, 'utf8');
    };
    // The sibling was never exported here: its headline is printed without a link.
    const alone = await page();
    expect(alone).toContain('Lũ ở miền Trung');
    expect(alone).not.toContain('../lu-o-mien-trung/index.html');
    // Once it is, the story links to its folder...
    await handlers['article:export']({ id: sibling });
    expect(await page()).toContain('href="../lu-o-mien-trung/index.html"');
    // ...the folder it has there, even after its headline changed.
    await writeArticle(
      libraryPath,
      article([paragraph(text('Bài bên cạnh.'))], { id: sibling, headline: 'Lũ lớn ở Huế' }),
    );
    expect(await page()).toContain('href="../lu-o-mien-trung/index.html"');
  });

  it('names the folder against the destination, not the library: drafts of the same headline add no "-N"', async () => {
    const root = await tempDir();
    const libraryPath = path.join(root, 'library');
    const headline = 'Giá vàng hôm nay';
    const ids = [1, 2, 3, 4, 5].map((n) => `b000000${n}-0000-4000-8000-000000000000`);
    for (const id of ids)
      await writeArticle(libraryPath, article([paragraph(text(`Bản ${id}.`))], { id, headline }));
    const handlers = createExportHandlers({
      store: new ArticleStore({ libraryPath }),
      libraryPath,
    });
    const slugOf = async (id: string) => {
      const result = await handlers['article:export']({ id });
      return result.ok && result.value.kind === 'exported' ? result.value.slug : null;
    };
    // The last draft, exported first into an empty folder, gets the plain name...
    expect(await slugOf(ids[4]!)).toBe('gia-vang-hom-nay');
    // ...another one beside it "-2", and each keeps its folder when exported again.
    expect(await slugOf(ids[0]!)).toBe('gia-vang-hom-nay-2');
    expect(await slugOf(ids[4]!)).toBe('gia-vang-hom-nay');
    expect(await slugOf(ids[0]!)).toBe('gia-vang-hom-nay-2');
  });

  it("a newer article with the same headline never takes over an older one's export", async () => {
    const root = await tempDir();
    const libraryPath = path.join(root, 'library');
    const headline = 'Giá vàng hôm nay';
    // Yesterday's article sorts after today's by id: planning by id alone gave
    // today's the base name, writing over yesterday's page.
    const yesterday = 'f0000000-0000-4000-8000-000000000001';
    const today = '10000000-0000-4000-8000-000000000002';
    await writeArticle(
      libraryPath,
      article([paragraph(text('Hôm qua: 80 triệu đồng/lượng.'))], { id: yesterday, headline }),
    );
    const handlers = () =>
      createExportHandlers({ store: new ArticleStore({ libraryPath }), libraryPath });
    const first = await handlers()['article:export']({ id: yesterday });
    expect(first.ok && first.value.kind === 'exported' && first.value.slug).toBe(
      'gia-vang-hom-nay',
    );

    await writeArticle(
      libraryPath,
      article([paragraph(text('Hôm nay: 82 triệu đồng/lượng.'))], { id: today, headline }),
    );
    const second = await handlers()['article:export']({ id: today });
    expect(second.ok && second.value.kind === 'exported' && second.value.slug).toBe(
      'gia-vang-hom-nay-2',
    );
    // Re-exporting yesterday's still lands in its own folder.
    const again = await handlers()['article:export']({ id: yesterday });
    expect(again.ok && again.value.kind === 'exported' && again.value.slug).toBe(
      'gia-vang-hom-nay',
    );
    const exported = (slug: string) =>
      readFile(path.join(libraryPath, 'exports', slug, 'index.html'), 'utf8');
    expect(await exported('gia-vang-hom-nay')).toContain('Hôm qua');
    expect(await exported('gia-vang-hom-nay-2')).toContain('Hôm nay');
  });

  it('never replaces a folder Newsdesk did not make: the export takes the next name', async () => {
    const { root, handlers } = await setUp(async () => path.join(root, 'Documents'));
    const documents = path.join(root, 'Documents');
    // The reporter's own folder, named as the article's slug would be: a
    // page of their static site, shaped as an export is (index.html, images/).
    await mkdir(path.join(documents, MAIN_SLUG, 'images'), { recursive: true });
    await writeFile(path.join(documents, MAIN_SLUG, 'index.html'), '<h1>Trang riêng</h1>');
    await writeFile(path.join(documents, MAIN_SLUG, 'images', 'logo.png'), 'LOGO');
    const result = await handlers['article:export']({ id: MAIN_ID });
    expect(result.ok && result.value.kind === 'exported' && result.value.slug).toBe(
      `${MAIN_SLUG}-2`,
    );
    expect(await readFile(path.join(documents, MAIN_SLUG, 'index.html'), 'utf8')).toBe(
      '<h1>Trang riêng</h1>',
    );
    expect(await readdir(path.join(documents, MAIN_SLUG, 'images'))).toEqual(['logo.png']);

    const { folderOwner } = await import('../../../electron/services/export-folders');
    expect(await folderOwner(path.join(documents, MAIN_SLUG))).toEqual({ kind: 'foreign' });
    expect(await folderOwner(path.join(documents, `${MAIN_SLUG}-2`))).toEqual({
      kind: 'article',
      articleId: MAIN_ID,
      base: MAIN_SLUG,
    });
  });
});

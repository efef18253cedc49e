import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ArticleStore,
  revisionOf,
  serializeArticle,
} from '../../../electron/services/article-store';
import { newArticle, type Article } from '../../../shared/article/schema';
import type { Result } from '../../../shared/ipc/result';
import { element, listitem, paragraph, text } from '../../support/article-builders';
import type { SerializedNodeShape } from '../../../shared/article/schema';
import { useTempDirs } from './temp-dir';

/** A body of these top-level blocks. */
function bodyOf(children: SerializedNodeShape[]): Article['body'] {
  return {
    root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 },
  } as Article['body'];
}

const tempDir = useTempDirs();

/** A clock that moves one second per call, so updatedAt orders are predictable. */
function steppingClock(start = Date.parse('2025-03-01T08:00:00.000Z')) {
  let tick = 0;
  return () => new Date(start + 1000 * tick++);
}

function sequentialIds(prefix = 'article') {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(4, '0')}`;
}

async function newStore() {
  const libraryPath = await tempDir();
  const store = new ArticleStore({ libraryPath, now: steppingClock(), newId: sequentialIds() });
  return { libraryPath, store };
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function errorOf<T>(result: Result<T>) {
  if (result.ok) throw new Error('expected an error, got ok');
  return result.error;
}

async function writeRaw(libraryPath: string, id: string, content: string | Buffer) {
  await mkdir(join(libraryPath, id), { recursive: true });
  await writeFile(join(libraryPath, id, 'article.json'), content);
}

const articlePath = (libraryPath: string, id: string) => join(libraryPath, id, 'article.json');

describe('ArticleStore: create, save, load', () => {
  it('creates an article with a UUID by default', async () => {
    const libraryPath = await tempDir();
    const store = new ArticleStore({ libraryPath });
    const created = unwrap(await store.create());
    expect(created.article.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    const bytes = await readFile(articlePath(libraryPath, created.article.id));
    expect(revisionOf(bytes)).toBe(created.revision);
    expect(bytes.toString('utf8')).toBe(`${JSON.stringify(created.article, null, 2)}\n`);
  });

  it('round-trips Vietnamese text given in NFD as NFC, on disk too', async () => {
    const { libraryPath, store } = await newStore();
    const created = unwrap(await store.create());
    const headline = 'Hà Nội: người dân đổ về phố đi bộ dịp Tết Nguyên đán';
    const sapo = 'Hàng nghìn người đã xuống phố đón năm mới; lực lượng chức năng được tăng cường.';
    const article: Article = {
      ...created.article,
      headline: headline.normalize('NFD'),
      sapo: sapo.normalize('NFD'),
      byline: 'Nguyễn Thị Thủy'.normalize('NFD'),
      meta: { ...created.article.meta, tags: ['Thời sự'.normalize('NFD')] },
    };
    expect(article.headline).not.toBe(headline);

    const saved = unwrap(await store.save(article, created.revision));
    const bytes = await readFile(articlePath(libraryPath, created.article.id));
    expect(revisionOf(bytes)).toBe(saved.revision);
    const text = bytes.toString('utf8');
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain(headline);
    expect(text.endsWith('}\n')).toBe(true);

    const loaded = unwrap(await store.load(created.article.id));
    expect(loaded.revision).toBe(saved.revision);
    expect(loaded.article.headline).toBe(headline);
    expect(loaded.article.sapo).toBe(sapo);
    expect(loaded.article.byline).toBe('Nguyễn Thị Thủy');
    expect(loaded.article.meta.tags).toEqual(['Thời sự']);
    expect(loaded.article.updatedAt).toBe(saved.updatedAt);
    expect(saved.updatedAt > created.article.updatedAt).toBe(true);
  });

  it('captures the article when save is called, not when it is written', async () => {
    const { store } = await newStore();
    const created = unwrap(await store.create());
    const article = { ...created.article, headline: 'Trước' };
    const pending = store.save(article, created.revision);
    article.headline = 'Sau';
    unwrap(await pending);
    expect(unwrap(await store.load(article.id)).article.headline).toBe('Trước');
  });

  it('refuses an article that does not match the schema', async () => {
    const { store } = await newStore();
    const created = unwrap(await store.create());
    const bad = {
      ...created.article,
      meta: { ...created.article.meta, status: 'lost' },
    } as unknown as Article;
    expect(errorOf(await store.save(bad, created.revision)).code).toBe('invalid-request');
  });

  it('refuses to write what it could not load again, and keeps the file as it was', async () => {
    const { store } = await newStore();
    const created = unwrap(await store.create());
    const saved = unwrap(
      await store.save({ ...created.article, headline: 'Bài có danh sách lồng' }, created.revision),
    );
    // Lists inside lists, 60 deep, as a paste of nested <ul>s can make: 120 levels.
    let nested: SerializedNodeShape = paragraph(text('lõi'));
    for (let level = 0; level < 60; level += 1)
      nested = element('list', [listitem(nested)], { listType: 'bullet', start: 1, tag: 'ul' });
    const tooDeep = { ...created.article, body: bodyOf([nested]) };
    const unknownBlock = { ...created.article, body: bodyOf([element('poll', [])]) };
    const manyRelated = {
      ...created.article,
      body: bodyOf([
        {
          type: 'related-news',
          version: 1,
          variant: 'related',
          items: Array.from({ length: 101 }, (_, i) => ({
            headline: `Tin ${i}`,
            summary: '',
            url: `https://example.vn/${i}`,
          })),
        },
      ]),
    };
    const deep = errorOf(await store.save(tooDeep, saved.revision));
    expect(deep.code).toBe('invalid-request');
    expect(deep.detail).toEqual({ key: 'save.error.tooDeep', params: { limit: 100 } });
    expect(errorOf(await store.save(unknownBlock, saved.revision)).detail?.key).toBe(
      'save.error.content',
    );
    expect(errorOf(await store.save(manyRelated, null)).detail?.key).toBe('save.error.content');

    // Still openable, still the last good version, and still saved over.
    const loaded = unwrap(await store.load(created.article.id));
    expect(loaded.article.headline).toBe('Bài có danh sách lồng');
    expect(loaded.revision).toBe(saved.revision);
    unwrap(await store.save({ ...loaded.article, headline: 'Đã sửa' }, loaded.revision));
  });

  it('reports not-found when loading or saving an article that is not there', async () => {
    const { store } = await newStore();
    expect(errorOf(await store.load('missing-article')).code).toBe('not-found');
    const ghost = newArticle('missing-article', new Date());
    expect(errorOf(await store.save(ghost, null)).code).toBe('not-found');
  });
});

describe('ArticleStore: conflicts', () => {
  it('refuses a save based on an old revision and leaves the file untouched', async () => {
    const { libraryPath, store } = await newStore();
    const created = unwrap(await store.create());
    const first = unwrap(
      await store.save({ ...created.article, headline: 'Bản của máy A' }, created.revision),
    );
    const before = await readFile(articlePath(libraryPath, created.article.id));

    const error = errorOf(
      await store.save({ ...created.article, headline: 'Bản cũ của máy B' }, created.revision),
    );
    expect(error.code).toBe('conflict');
    expect(error.currentRevision).toBe(first.revision);
    expect((await readFile(articlePath(libraryPath, created.article.id))).equals(before)).toBe(
      true,
    );
  });

  it('overwrites a healthy file when baseRevision is null (the user chose "keep mine")', async () => {
    const { store } = await newStore();
    const created = unwrap(await store.create());
    unwrap(await store.save({ ...created.article, headline: 'Khác' }, created.revision));
    unwrap(await store.save({ ...created.article, headline: 'Của tôi' }, null));
    expect(unwrap(await store.load(created.article.id)).article.headline).toBe('Của tôi');
  });

  it('serialises concurrent saves: of two based on one revision, exactly one wins', async () => {
    const { store } = await newStore();
    const created = unwrap(await store.create());
    const results = await Promise.all([
      store.save({ ...created.article, headline: 'Một' }, created.revision),
      store.save({ ...created.article, headline: 'Hai' }, created.revision),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error.code === 'conflict')).toHaveLength(1);
  });
});

describe('ArticleStore: damaged and newer files', () => {
  const healthyId = 'healthy-article';

  async function libraryWith(id: string, content: string | Buffer) {
    const { libraryPath, store } = await newStore();
    await writeRaw(
      libraryPath,
      healthyId,
      serializeArticle(newArticle(healthyId, new Date('2025-01-01T00:00:00Z'))),
    );
    await writeRaw(libraryPath, id, content);
    return { libraryPath, store };
  }

  it('refuses a newer schemaVersion in load and in save, and never touches the file', async () => {
    const id = 'from-the-future';
    const future = { ...newArticle(id, new Date()), schemaVersion: 2, newField: 'x' };
    const content = `${JSON.stringify(future, null, 2)}\n`;
    const { libraryPath, store } = await libraryWith(id, content);

    const loadError = errorOf(await store.load(id));
    expect(loadError.code).toBe('unsupported-version');
    expect(loadError.message).toMatch(/newer Newsdesk/);
    expect(loadError.message).toContain('article.json');

    for (const base of [null, revisionOf(Buffer.from(content))]) {
      const saveError = errorOf(await store.save(newArticle(id, new Date()), base));
      expect(saveError.code).toBe('unsupported-version');
    }
    expect(await readFile(articlePath(libraryPath, id), 'utf8')).toBe(content);

    const listing = unwrap(await store.list());
    expect(listing.damaged).toEqual([
      { id, code: 'unsupported-version', message: expect.stringMatching(/newer/) },
    ]);
    expect(listing.articles.map((a) => a.id)).toEqual([healthyId]);
  });

  it.each([
    [
      'an unknown block',
      { type: 'poll', version: 1, question: 'Bạn nghĩ sao?' },
      'unsupported-version',
      /"poll" block.*newer Newsdesk/,
    ],
    [
      'a figure with a file name for an image id',
      {
        type: 'figure',
        version: 1,
        assetId: 'anh.jpg',
        width: 10,
        height: 10,
        layout: 'inline',
        caption: '',
        credit: '',
        alt: '',
      },
      'corrupt',
      /figure block that is not valid/,
    ],
    [
      'a body nested 150 levels deep',
      Array.from({ length: 150 }).reduce<object>(
        (inner) => ({ type: 'quote', version: 1, children: [inner] }),
        { type: 'text', version: 1, text: 'sâu', format: 0, detail: 0, mode: 'normal', style: '' },
      ),
      'corrupt',
      /nested deeper than 100 levels/,
    ],
  ])(
    'refuses to load a body holding %s, and never touches the file',
    async (_, block, code, message) => {
      const id = 'odd-block-article';
      const base = newArticle(id, new Date('2025-01-01T00:00:00Z'));
      const paragraph = (text: string) => ({
        type: 'paragraph',
        version: 1,
        children: [
          { type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' },
        ],
      });
      const article = {
        ...base,
        body: {
          root: { ...base.body.root, children: [paragraph('Đầu.'), block, paragraph('Cuối.')] },
        },
      };
      const content = `${JSON.stringify(article, null, 2)}\n`;
      const { libraryPath, store } = await libraryWith(id, content);
      const loadError = errorOf(await store.load(id));
      expect(loadError.code).toBe(code);
      expect(loadError.message).toMatch(message);
      // The UI says it in the reporter's language.
      expect(loadError.detail?.key).toBe(
        code === 'corrupt' ? 'library.damage.invalid' : 'library.damage.unsupported-version',
      );
      expect(await readFile(articlePath(libraryPath, id), 'utf8')).toBe(content);
    },
  );

  it('refuses an article file far larger than any article without reading it', async () => {
    const id = 'huge-article';
    const { libraryPath, store } = await libraryWith(id, '');
    // Sparse: 40 MB on paper, nothing on disk.
    await truncate(articlePath(libraryPath, id), 40 * 1024 * 1024);
    const listing = unwrap(await store.list());
    expect(listing.damaged).toEqual([
      { id, code: 'corrupt', message: expect.stringMatching(/40 MB, far larger than any article/) },
    ]);
    expect(listing.articles.map((a) => a.id)).toEqual([healthyId]);
    expect(errorOf(await store.load(id)).code).toBe('corrupt');
    expect((await stat(articlePath(libraryPath, id))).size).toBe(40 * 1024 * 1024);
  });

  it('never follows a symlinked article folder out of the library, to read or to write', async () => {
    const { libraryPath, store } = await newStore();
    const outside = await tempDir();
    const id = 'linked-article';
    const elsewhere = serializeArticle(newArticle(id, new Date('2025-01-01T00:00:00Z')));
    await writeFile(join(outside, 'article.json'), elsewhere);
    await symlink(outside, join(libraryPath, id), 'dir');
    expect(errorOf(await store.load(id)).code).toBe('not-found');
    const saved = await store.save(
      { ...newArticle(id, new Date('2025-01-01T00:00:00Z')), headline: 'Ghi đè?' },
      null,
    );
    expect(errorOf(saved).code).toBe('not-found');
    expect(await readFile(join(outside, 'article.json'))).toEqual(elsewhere);
  });

  it('refuses a named pipe called article.json without waiting on it', async () => {
    const id = 'piped-article';
    const { libraryPath, store } = await libraryWith(id, '');
    await rm(articlePath(libraryPath, id));
    execFileSync('mkfifo', [articlePath(libraryPath, id)]);
    expect(errorOf(await store.load(id)).message).toMatch(/not a regular file/);
    const listing = unwrap(await store.list());
    expect(listing.damaged.map((entry) => entry.id)).toEqual([id]);
  });

  const valid = serializeArticle(newArticle('damaged-article', new Date())).toString('utf8');
  it.each([
    ['corrupt JSON', '{"schemaVersion": 1, "headline": "Tin nóng",,}'],
    ['truncated JSON', valid.slice(0, Math.floor(valid.length / 2))],
    ['an empty file', ''],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
  ])('reports %s as corrupt, leaves it untouched and lists the rest', async (_label, content) => {
    const id = 'damaged-article';
    const { libraryPath, store } = await libraryWith(id, content);
    const before = await readFile(articlePath(libraryPath, id));

    const loadError = errorOf(await store.load(id));
    expect(loadError.code).toBe('corrupt');
    expect(loadError.message).toContain(join(id, 'article.json'));
    expect(loadError.message).toMatch(/not valid JSON/);

    expect(errorOf(await store.save(newArticle(id, new Date()), null)).code).toBe('corrupt');
    expect((await readFile(articlePath(libraryPath, id))).equals(before)).toBe(true);

    const listing = unwrap(await store.list());
    expect(listing.damaged).toEqual([
      { id, code: 'corrupt', message: expect.stringContaining('article.json') },
    ]);
    expect(listing.articles.map((a) => a.id)).toEqual([healthyId]);
  });

  it('reports a file that fails the schema: corrupt for load, invalid in the list', async () => {
    const id = 'schema-broken';
    const broken = { ...newArticle(id, new Date()), headline: 42 };
    const { libraryPath, store } = await libraryWith(id, JSON.stringify(broken));
    const loadError = errorOf(await store.load(id));
    expect(loadError.code).toBe('corrupt');
    expect(loadError.message).toContain('"headline"');
    const listing = unwrap(await store.list());
    expect(listing.damaged).toEqual([
      { id, code: 'invalid', message: expect.stringContaining('headline') },
    ]);
    expect(await readFile(articlePath(libraryPath, id), 'utf8')).toBe(JSON.stringify(broken));
  });

  it('reports a file whose id does not match its folder', async () => {
    const { store } = await libraryWith(
      'copied-folder',
      serializeArticle(newArticle('original-id', new Date())),
    );
    expect(errorOf(await store.load('copied-folder')).message).toMatch(/folder/);
  });
});

describe('ArticleStore: list', () => {
  it('creates a missing library folder', async () => {
    const libraryPath = join(await tempDir(), 'Documents', 'Newsdesk');
    const listing = unwrap(await new ArticleStore({ libraryPath }).list());
    expect(listing).toMatchObject({ articles: [], damaged: [], checked: true });
    expect((await stat(libraryPath)).isDirectory()).toBe(true);
  });

  it('says a chosen library is not there when its drive or parent folder is gone, and makes nothing', async () => {
    const root = await tempDir();
    const unplugged = join(root, 'media', 'USB', 'Tòa soạn');
    const store = new ArticleStore({ libraryPath: unplugged, createLibraryParents: false });
    const results: Result<unknown>[] = [
      await store.list(),
      await store.create(),
      // "The trash is empty" would read as trashed articles lost.
      await store.listTrash(),
    ];
    for (const result of results) {
      const error = errorOf(result);
      expect(error.code).toBe('not-found');
      expect(error.detail).toEqual({ key: 'library.unavailable', params: { path: unplugged } });
    }
    expect(await readdir(root)).toEqual([]);
    // In a folder that is there, a missing library folder is made, as at a first start.
    const fresh = join(root, 'Tòa soạn');
    unwrap(await new ArticleStore({ libraryPath: fresh, createLibraryParents: false }).list());
    expect((await stat(fresh)).isDirectory()).toBe(true);
  });

  it('lists an empty trash for a library reached through a link (a synced folder)', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'Dropbox', 'Newsdesk'), { recursive: true });
    await symlink(join(root, 'Dropbox', 'Newsdesk'), join(root, 'Newsdesk'), 'dir');
    const store = new ArticleStore({ libraryPath: join(root, 'Newsdesk') });
    unwrap(await store.create());
    expect(unwrap(await store.listTrash()).items).toEqual([]);
  });

  it('lists newest first and ignores dot-folders, stray files and folders without article.json', async () => {
    const { libraryPath, store } = await newStore();
    const first = unwrap(await store.create());
    const second = unwrap(await store.create());
    unwrap(await store.save({ ...first.article, headline: 'Sửa sau cùng' }, first.revision));
    await mkdir(join(libraryPath, '.sync-cache'));
    await mkdir(join(libraryPath, 'empty-folder-without-file'));
    await writeFile(join(libraryPath, 'notes.txt'), 'not an article');
    await writeRaw(
      libraryPath,
      '.hidden-article',
      serializeArticle(newArticle('hidden-article', new Date())),
    );

    const listing = unwrap(await store.list());
    expect(listing.articles.map((a) => a.id)).toEqual([first.article.id, second.article.id]);
    expect(listing.articles[0]).toMatchObject({
      headline: 'Sửa sau cùng',
      status: 'draft',
      slug: '',
    });
    expect(listing.damaged).toEqual([]);
  });
});

describe('ArticleStore: trash', () => {
  it('moves the folder to the trash and back, deleting nothing', async () => {
    const { libraryPath, store } = await newStore();
    const created = unwrap(await store.create());
    const id = created.article.id;
    unwrap(await store.save({ ...created.article, headline: 'Bài sẽ bị xoá' }, created.revision));
    await mkdir(join(libraryPath, id, 'assets'));
    await writeFile(join(libraryPath, id, 'assets', 'photo.jpg'), 'jpeg bytes');
    const bytes = await readFile(articlePath(libraryPath, id));

    const { trashId } = unwrap(await store.trash(id));
    expect(trashId).toMatch(new RegExp(`^${id}\\.[0-9]{13}$`));
    expect(await readdir(libraryPath)).toEqual(['.trash']);
    expect(
      (await readFile(join(libraryPath, '.trash', trashId, 'article.json'))).equals(bytes),
    ).toBe(true);
    expect(
      await readFile(join(libraryPath, '.trash', trashId, 'assets', 'photo.jpg'), 'utf8'),
    ).toBe('jpeg bytes');
    expect(unwrap(await store.list()).articles).toEqual([]);
    expect(errorOf(await store.load(id)).code).toBe('not-found');
    expect(errorOf(await store.save(created.article, null)).code).toBe('not-found');

    const trash = unwrap(await store.listTrash());
    expect(trash.items).toEqual([
      {
        trashId,
        headline: 'Bài sẽ bị xoá',
        trashedAt: new Date(Number(trashId.split('.')[1])).toISOString(),
      },
    ]);

    expect(unwrap(await store.restore(trashId))).toEqual({ id });
    expect((await readFile(articlePath(libraryPath, id))).equals(bytes)).toBe(true);
    expect(await readFile(join(libraryPath, id, 'assets', 'photo.jpg'), 'utf8')).toBe('jpeg bytes');
    expect(await readdir(join(libraryPath, '.trash'))).toEqual([]);
  });

  it('lists the trash newest first, with an empty headline for unreadable files', async () => {
    const { libraryPath, store } = await newStore();
    const a = unwrap(await store.create());
    const b = unwrap(await store.create());
    unwrap(await store.save({ ...a.article, headline: 'Bài A' }, a.revision));
    const first = unwrap(await store.trash(a.article.id));
    await writeFile(articlePath(libraryPath, b.article.id), '{ broken');
    const second = unwrap(await store.trash(b.article.id));
    const items = unwrap(await store.listTrash()).items;
    expect(items.map((item) => [item.trashId, item.headline])).toEqual([
      [second.trashId, ''],
      [first.trashId, 'Bài A'],
    ]);
  });

  it('gives two trashings of one id in the same millisecond different names', async () => {
    const libraryPath = await tempDir();
    const fixed = new Date('2025-03-01T08:00:00.000Z');
    const store = new ArticleStore({ libraryPath, now: () => fixed, newId: () => 'same-article' });
    const created = unwrap(await store.create());
    const first = unwrap(await store.trash(created.article.id));
    unwrap(await store.create());
    const second = unwrap(await store.trash(created.article.id));
    expect(second.trashId).not.toBe(first.trashId);
    expect((await readdir(join(libraryPath, '.trash'))).sort()).toEqual(
      [first.trashId, second.trashId].sort(),
    );
  });

  it('refuses to restore over an article that exists, and keeps both', async () => {
    const libraryPath = await tempDir();
    const store = new ArticleStore({
      libraryPath,
      now: steppingClock(),
      newId: () => 'reused-article-id',
    });
    const original = unwrap(await store.create());
    unwrap(
      await store.save({ ...original.article, headline: 'Bản trong thùng rác' }, original.revision),
    );
    const { trashId } = unwrap(await store.trash(original.article.id));
    const replacement = unwrap(await store.create());
    unwrap(await store.save({ ...replacement.article, headline: 'Bản mới' }, replacement.revision));

    expect(errorOf(await store.restore(trashId)).code).toBe('conflict');
    expect(unwrap(await store.load('reused-article-id')).article.headline).toBe('Bản mới');
    expect(unwrap(await store.listTrash()).items.map((item) => item.headline)).toEqual([
      'Bản trong thùng rác',
    ]);
  });

  it('refuses to restore over an empty folder of the same name (rename would replace it)', async () => {
    const { libraryPath, store } = await newStore();
    const created = unwrap(await store.create());
    const { trashId } = unwrap(await store.trash(created.article.id));
    await mkdir(join(libraryPath, created.article.id));
    expect(errorOf(await store.restore(trashId)).code).toBe('conflict');
    expect(await readdir(join(libraryPath, '.trash'))).toEqual([trashId]);
  });

  it('reports not-found for trashing or restoring something that is not there', async () => {
    const { store } = await newStore();
    expect(errorOf(await store.trash('not-there-at-all')).code).toBe('not-found');
    expect(errorOf(await store.restore('not-there-at-all.1740816000000')).code).toBe('not-found');
  });
});

describe('ArticleStore: ids that could escape the library', () => {
  const badIds = [
    '..',
    '../../etc',
    '../outside-library',
    'article/../../x',
    'article\\..\\..\\x',
    'Uppercase-Article',
    'short',
    '',
    '.trash',
    '-leading-dash',
    'abc def ghi',
    'ártícle-with-accents',
    'a'.repeat(65),
    '/absolute/path',
    'null\u0000byte-id',
  ];

  it.each(badIds)('refuses %j everywhere', async (badId) => {
    const { libraryPath, store } = await newStore();
    expect(errorOf(await store.load(badId)).code).toBe('invalid-request');
    expect(errorOf(await store.trash(badId)).code).toBe('invalid-request');
    expect(errorOf(await store.restore(`${badId}.1740816000000`)).code).toBe('invalid-request');
    const article = { ...newArticle('valid-article-id', new Date()), id: badId };
    expect(errorOf(await store.save(article, null)).code).toBe('invalid-request');
    expect(() => store.articleDir(badId)).toThrow(RangeError);
    expect(await readdir(libraryPath)).toEqual([]);
  });

  it('refuses ids that are not strings', async () => {
    const { store } = await newStore();
    expect(errorOf(await store.load(undefined as unknown as string)).code).toBe('invalid-request');
    expect(errorOf(await store.restore({} as unknown as string)).code).toBe('invalid-request');
  });

  it('refuses an injected id generator that returns an unsafe id', async () => {
    const libraryPath = await tempDir();
    const store = new ArticleStore({ libraryPath, newId: () => '../escape-attempt' });
    expect(errorOf(await store.create()).code).toBe('invalid-request');
    expect(await readdir(libraryPath)).toEqual([]);
  });
});

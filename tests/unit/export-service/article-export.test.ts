/** Exporting one article to a folder, on real files (issue #5). */
import { chmod, mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article/schema';
import { linkResolverFor, planExportSlugs } from '../../../shared/export/export-plan';
import { exportArticle, type ExportFormat } from '../../../electron/services/article-export';
import { ArticleStore } from '../../../electron/services/article-store';
import { expectValidHtml } from '../export/html-validator';
import { parseDocument as parseHtml } from '../export/parse-html';
import { formatMessage } from '../../../shared/i18n/messages';
import { useTempDirs } from '../services/temp-dir';
import {
  MAIN_HEADLINE,
  MAIN_ID,
  MAIN_SLUG,
  OTHER_ID,
  PUBLISHED_URL,
  sampleLibrary,
} from './library-fixture';

const tempDir = useTempDirs();

async function setUp() {
  const root = await tempDir();
  const libraryPath = path.join(root, 'library');
  const outDir = path.join(root, 'out');
  await sampleLibrary(libraryPath);
  const store = new ArticleStore({ libraryPath });
  const listing = await store.list();
  if (!listing.ok) throw new Error(listing.error.message);
  const summaries = listing.value.articles;
  const slugs = planExportSlugs(summaries);
  const resolveArticleLink = linkResolverFor(summaries, slugs);
  const load = async (id: string): Promise<Article> => {
    const loaded = await store.load(id);
    if (!loaded.ok) throw new Error(loaded.error.message);
    return loaded.value.article;
  };
  const run = async (article: Article, format: ExportFormat = 'page') =>
    exportArticle({
      article,
      libraryPath,
      outDir,
      slug: slugs.get(article.id) ?? 'x',
      format,
      resolveArticleLink,
    });
  return { libraryPath, outDir, load, run, slugs };
}

async function assetBytes(libraryPath: string, articleId: string): Promise<Buffer[]> {
  const folder = path.join(libraryPath, articleId, 'assets');
  const names = await readdir(folder);
  return Promise.all(names.map((name) => readFile(path.join(folder, name))));
}

describe('exportArticle', () => {
  it('writes <slug>/index.html and the images under readable names, in reading order', async () => {
    const { libraryPath, outDir, load, run } = await setUp();
    const result = await run(await load(MAIN_ID));
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({
      folder: path.join(outDir, MAIN_SLUG),
      slug: MAIN_SLUG,
      indexPath: path.join(outDir, MAIN_SLUG, 'index.html'),
      images: 2,
    });
    expect((await readdir(outDir)).sort()).toEqual([MAIN_SLUG]);
    const images = (await readdir(path.join(outDir, MAIN_SLUG, 'images'))).sort();
    expect(images).toEqual([`${MAIN_SLUG}-1.jpg`, `${MAIN_SLUG}-2.png`]);

    // The copies are the stored files, byte for byte.
    const stored = await assetBytes(libraryPath, MAIN_ID);
    for (const name of images) {
      const copy = await readFile(path.join(outDir, MAIN_SLUG, 'images', name));
      expect(stored.some((bytes) => bytes.equals(copy))).toBe(true);
    }

    const html = await readFile(result.value.indexPath, 'utf8');
    expectValidHtml(html);
    const doc = parseHtml(html);
    const srcs = [...doc.querySelectorAll('figure img')].map((img) => img.getAttribute('src'));
    expect(srcs).toEqual([
      `images/${MAIN_SLUG}-1.jpg`,
      `images/${MAIN_SLUG}-2.png`,
      `images/${MAIN_SLUG}-1.jpg`,
    ]);
    expect(doc.querySelector('h1')?.textContent).toBe(MAIN_HEADLINE);
    expect(doc.querySelector('figcaption .credit')?.textContent).toBe('Ảnh: Ngọc Thành');
  });

  it('links related articles to their published URL, else to their sibling export folder', async () => {
    const { load, run, slugs } = await setUp();
    const result = await run(await load(MAIN_ID));
    if (!result.ok) throw new Error(result.error.message);
    const doc = parseHtml(await readFile(result.value.indexPath, 'utf8'));
    const items = [...doc.querySelectorAll('.related-news li')].map((li) => ({
      headline: li.firstChild?.textContent?.trim(),
      href: li.querySelector('a')?.getAttribute('href') ?? null,
    }));
    expect(items).toEqual([
      {
        headline: 'Cách giữ ấm cho trẻ nhỏ',
        href: `../${slugs.get(OTHER_ID)}/index.html`,
      },
      { headline: 'Miền Bắc rét đậm kéo dài', href: PUBLISHED_URL },
      // Not in the library: published as plain text, never a dead link.
      { headline: 'Bài đã xóa', href: null },
    ]);
  });

  it('writes the bare <article> element for the fragment format', async () => {
    const { load, run } = await setUp();
    const result = await run(await load(MAIN_ID), 'fragment');
    if (!result.ok) throw new Error(result.error.message);
    const html = await readFile(result.value.indexPath, 'utf8');
    expect(html.startsWith('<article>')).toBe(true);
    expect(html.trimEnd().endsWith('</article>')).toBe(true);
    expect(html).not.toContain('<html');
  });

  it('replaces an older export of the same slug and leaves no scratch folders', async () => {
    const { outDir, load, run } = await setUp();
    const original = await load(MAIN_ID);
    expect((await run(original)).ok).toBe(true);
    const stale = path.join(outDir, MAIN_SLUG, 'images', 'stale.jpg');
    await writeFile(stale, 'old');
    const edited = { ...original, sapo: 'Sapo mới sau khi sửa.' };
    const second = await run(edited);
    if (!second.ok) throw new Error(second.error.message);
    expect(await readFile(second.value.indexPath, 'utf8')).toContain('Sapo mới sau khi sửa.');
    // The folder was replaced whole, not merged into.
    expect(await readdir(path.join(outDir, MAIN_SLUG, 'images'))).not.toContain('stale.jpg');
    expect(await readdir(outDir)).toEqual([MAIN_SLUG]);
  });

  it("replaces its own export, never another article's or a folder it did not make", async () => {
    const { libraryPath, outDir, load, run, slugs } = await setUp();
    const main = await load(MAIN_ID);
    const other = await load(OTHER_ID);
    const slug = slugs.get(MAIN_ID)!;
    const index = () => readFile(path.join(outDir, slug, 'index.html'), 'utf8');
    // A page of a static site has an export's very shape (index.html and
    // images/), but not its marker: it is never replaced.
    await mkdir(path.join(outDir, slug, 'images'), { recursive: true });
    await writeFile(path.join(outDir, slug, 'index.html'), '<p>trang riêng</p>');
    await writeFile(path.join(outDir, slug, 'images', 'logo.png'), 'LOGO');
    expect(await run(main)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await index()).toBe('<p>trang riêng</p>');
    expect(await readFile(path.join(outDir, slug, 'images', 'logo.png'), 'utf8')).toBe('LOGO');
    await rm(path.join(outDir, slug), { recursive: true });
    expect((await run(main)).ok).toBe(true);
    expect((await run(main)).ok).toBe(true); // its own export, replaced

    const exportAs = (article: Article, as: string) =>
      exportArticle({
        article,
        libraryPath,
        outDir,
        slug: as,
        format: 'page',
        resolveArticleLink: () => null,
      });
    // Another article sent to the same folder (a caller's mistake) is refused.
    const before = await index();
    expect(await exportAs(other, slug)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await index()).toBe(before);
    // So is a folder Newsdesk did not make.
    await mkdir(path.join(outDir, 'ban-rieng'));
    await writeFile(path.join(outDir, 'ban-rieng', 'ghi-chu.txt'), 'riêng');
    expect(await exportAs(main, 'ban-rieng')).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await readdir(path.join(outDir, 'ban-rieng'))).toEqual(['ghi-chu.txt']);
    // Nothing half-made is left behind.
    expect((await readdir(outDir)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('removes the scratch folders an export killed midway left, once they are an hour old', async () => {
    const { outDir, load, run, slugs } = await setUp();
    const main = await load(MAIN_ID);
    const slug = slugs.get(MAIN_ID)!;
    await mkdir(outDir, { recursive: true });
    const stale = [`.${slug}.tmp-0123456789ab`, `.${slug}.old-ba9876543210`];
    const running = `.${slug}.tmp-aaaaaaaaaaaa`;
    const others = [`.${slug}.tmp-notours`, '.other-article.tmp-0123456789ab'];
    for (const name of [...stale, running, ...others]) {
      await mkdir(path.join(outDir, name, 'images'), { recursive: true });
      await writeFile(path.join(outDir, name, 'index.html'), '<p>cũ</p>');
    }
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const name of [...stale, ...others])
      await utimes(path.join(outDir, name), twoHoursAgo, twoHoursAgo);
    expect((await run(main)).ok).toBe(true);
    const left = (await readdir(outDir)).sort();
    expect(left).toEqual([...others, running, slug].sort());
  });

  it('fails clearly on a missing image and keeps the previous export intact', async () => {
    const { libraryPath, outDir, load, run } = await setUp();
    const article = await load(MAIN_ID);
    const first = await run(article);
    if (!first.ok) throw new Error(first.error.message);
    const before = await readFile(first.value.indexPath, 'utf8');
    const beforeImages = (await readdir(path.join(outDir, MAIN_SLUG, 'images'))).sort();

    const assets = path.join(libraryPath, MAIN_ID, 'assets');
    const png = (await readdir(assets)).find((name) => name.endsWith('.png'))!;
    await rm(path.join(assets, png));
    const second = await run({ ...article, sapo: 'Không được ghi.' });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error.code).toBe('not-found');
    expect(second.error.message).toContain(MAIN_HEADLINE);
    expect(second.error.message).toContain('figure 2');
    expect(second.error.message).toContain(png);
    // In the reporter's language, without the hash or the path.
    expect(formatMessage('vi', second.error.detail!.key, second.error.detail!.params)).toBe(
      'ảnh của hình 2 không còn trong thư mục của bài. Hãy chèn lại ảnh hoặc bỏ hình này.',
    );

    expect(await readFile(first.value.indexPath, 'utf8')).toBe(before);
    expect((await readdir(path.join(outDir, MAIN_SLUG, 'images'))).sort()).toEqual(beforeImages);
    expect(await readdir(outDir)).toEqual([MAIN_SLUG]);
  });

  it('exports a figure pasted from another article whose photo the editor never showed, copying it in', async () => {
    const { libraryPath, load, run } = await setUp();
    const main = await load(MAIN_ID);
    // The body of MAIN pasted into OTHER: its figures name photos only MAIN has.
    const other = { ...(await load(OTHER_ID)), body: main.body };
    const before = await readdir(path.join(libraryPath, OTHER_ID, 'assets')).catch(() => []);
    expect(before).toEqual([]);
    const result = await run(other);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect((await assetBytes(libraryPath, OTHER_ID)).map((bytes) => bytes.length).sort()).toEqual(
      (await assetBytes(libraryPath, MAIN_ID)).map((bytes) => bytes.length).sort(),
    );
  });

  it.skipIf(process.getuid?.() === 0)(
    'leaves the previous export intact when the output folder cannot be written',
    async () => {
      const { outDir, load, run } = await setUp();
      const article = await load(MAIN_ID);
      const first = await run(article);
      if (!first.ok) throw new Error(first.error.message);
      const before = await readFile(first.value.indexPath, 'utf8');
      await chmod(outDir, 0o555);
      try {
        const second = await run({ ...article, sapo: 'Không được ghi.' });
        expect(second.ok).toBe(false);
        if (!second.ok) expect(second.error.code).toBe('io');
      } finally {
        await chmod(outDir, 0o755);
      }
      expect(await readFile(first.value.indexPath, 'utf8')).toBe(before);
      expect(await readdir(outDir)).toEqual([MAIN_SLUG]);
    },
  );

  it.each([
    ['spaces', '  '],
    ['a control character', '\u0007'],
    ['zero-width characters', '\u2060\u200B'],
  ])('refuses an article whose headline is %s and writes nothing', async (_, headline) => {
    const { outDir, load, run } = await setUp();
    const result = await run({ ...(await load(OTHER_ID)), headline });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/no headline/);
      expect(formatMessage('vi', result.error.detail!.key)).toBe(
        'bài chưa có tiêu đề; hãy viết tiêu đề trước khi xuất.',
      );
    }
    await expect(readdir(outDir)).rejects.toThrow(/ENOENT/);
  });

  it('refuses a slug that is not a plain folder name', async () => {
    const { libraryPath, outDir, load } = await setUp();
    const result = await exportArticle({
      article: await load(OTHER_ID),
      libraryPath,
      outDir,
      slug: '../escape',
      format: 'page',
      resolveArticleLink: () => null,
    });
    expect(result.ok).toBe(false);
    await expect(readdir(outDir)).rejects.toThrow(/ENOENT/);
  });
});

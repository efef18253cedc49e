/**
 * The benchmark generator (bench/generate/): deterministic, schema-valid articles
 * of the requested size that the export renderer accepts.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bodyWordCount,
  generateArticle,
  generateImage,
  generateLibrary,
} from '../../../bench/generate';
import { serializeArticle, ArticleStore } from '../../../electron/services/article-store';
import {
  serializedFigureSchema,
  serializedRelatedNewsSchema,
} from '../../../shared/article/blocks';
import { articleSchema } from '../../../shared/article/schema';
import { renderArticleHtml } from '../../../shared/export';

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-bench-gen-'));
  temps.push(dir);
  return dir;
}

async function treeDigest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
  for (const file of entries) hash.update(file).update(await readFile(path.join(dir, file)));
  return hash.digest('hex');
}

describe('generateArticle', () => {
  const options = { words: 10_000, figures: 30, related: 3 };

  it('gives the same bytes for the same seed and different ones for another seed', () => {
    const a = serializeArticle(generateArticle(42, options).article);
    const b = serializeArticle(generateArticle(42, options).article);
    const c = serializeArticle(generateArticle(43, options).article);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });

  it('is schema-valid with exactly the requested words, figures and related blocks', () => {
    for (const seed of [1, 2, 'x']) {
      const { article, words } = generateArticle(seed, options);
      expect(articleSchema.safeParse(article).success).toBe(true);
      expect(words).toBe(10_000);
      expect(bodyWordCount(article)).toBe(10_000);
      const children = article.body.root.children;
      const figures = children.filter((n) => n.type === 'figure');
      const related = children.filter((n) => n.type === 'related-news');
      expect(figures).toHaveLength(30);
      expect(related).toHaveLength(3);
      for (const f of figures) expect(serializedFigureSchema.safeParse(f).success).toBe(true);
      for (const r of related) expect(serializedRelatedNewsSchema.safeParse(r).success).toBe(true);
      expect(children.some((n) => n.type === 'heading')).toBe(true);
      expect(article.headline.length).toBeGreaterThanOrEqual(50);
      expect(article.headline.length).toBeLessThanOrEqual(90);
      expect(article.headline).toBe(article.headline.normalize('NFC'));
    }
  });

  it('produces articles the export renderer accepts', () => {
    const { article } = generateArticle(7, options);
    const html = renderArticleHtml(article, {
      format: 'page',
      resolveAsset: (id) => ({ src: `images/${id}` }),
      resolveArticleLink: () => null,
    });
    expect(html.match(/<figure/g)).toHaveLength(30);
    expect(html.match(/<aside class="related-news">/g)).toHaveLength(3);
    expect(html).toContain('<strong>');
    expect(html).toContain('<a href="https://');
  });

  it('honours small sizes', () => {
    const { article } = generateArticle(5, { words: 17, figures: 0, related: 0 });
    expect(bodyWordCount(article)).toBe(17);
  });
});

describe('generateLibrary', () => {
  it('writes the same files, byte for byte, for the same seed; the store lists them all', async () => {
    const options = { words: 120, figures: 2, related: 1, images: true };
    const [one, two] = [await tempDir(), await tempDir()];
    await generateLibrary(one, 4, 'lib-seed', options);
    await generateLibrary(two, 4, 'lib-seed', options);
    expect(await treeDigest(one)).toBe(await treeDigest(two));

    const store = new ArticleStore({ libraryPath: one });
    const listing = await store.list();
    // list() writes the summary index in the background; let it land before cleanup.
    await store.flushIndex();
    expect(listing.ok && listing.value.articles).toHaveLength(4);
    expect(listing.ok && listing.value.damaged).toHaveLength(0);
  });

  it('names images by the SHA-256 of their bytes', async () => {
    const image = await generateImage('img');
    const hash = createHash('sha256').update(image.bytes).digest('hex');
    expect(image.assetId).toBe(`${hash}.jpg`);
    expect((await generateImage('img')).bytes.equals(image.bytes)).toBe(true);
  });
});

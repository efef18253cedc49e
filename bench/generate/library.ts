/**
 * Libraries on disk in the store's format: `<dir>/<id>/article.json` written with
 * the store's own `serializeArticle`, images under `<dir>/<id>/assets/`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTICLE_FILE_NAME, serializeArticle } from '../../electron/services/article-store';
import type { Article } from '../../shared/article/schema';
import { generateArticle, generatedId, type ArticleOptions } from './article';
import { writeImages } from './images';
import { createRng } from './prng';

export interface LibraryOptions extends Omit<ArticleOptions, 'assets' | 'id'> {
  /** Generate real JPEGs for the figures (slow for big libraries: ~10 ms each). */
  images?: boolean;
}

export const DEFAULT_LIBRARY_OPTIONS: LibraryOptions = {
  words: 300,
  figures: 1,
  related: 1,
  images: false,
};

/** The seed of article `index` of a library: independent of the other articles. */
export function articleSeed(seed: number | string, index: number): string {
  return `${seed}/article-${index}`;
}

/** Writes one article folder; returns the article written. */
export async function writeArticle(
  dir: string,
  seed: string,
  options: LibraryOptions,
): Promise<Article> {
  const id = generatedId(createRng(`${seed}/id`));
  const articleDir = join(dir, id);
  await mkdir(articleDir, { recursive: true });
  const assets = options.images ? await writeImages(articleDir, seed, options.figures) : undefined;
  const { article } = generateArticle(seed, { ...options, id, assets });
  await writeFile(join(articleDir, ARTICLE_FILE_NAME), serializeArticle(article));
  return article;
}

/**
 * `count` articles into `dir` (created if needed), deterministically from `seed`:
 * the same seed and options write the same files with the same bytes.
 */
export async function generateLibrary(
  dir: string,
  count: number,
  seed: number | string,
  options: LibraryOptions = DEFAULT_LIBRARY_OPTIONS,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const ids: string[] = new Array<string>(count);
  const concurrency = options.images ? 2 : 16;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      ids[index] = (await writeArticle(dir, articleSeed(seed, index), options)).id;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return ids;
}

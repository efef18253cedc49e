/**
 * What `newsdesk export` and `newsdesk check` make of the folder they are given,
 * on real folders: an article folder by its article.json, else a library with
 * at least one article, else a usage error naming the path.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleOrLibrary } from '../../../electron/cli/article-or-library';
import { UsageError } from '../../../electron/cli/command';
import { ArticleStore } from '../../../electron/services/article-store';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();

async function libraryWithOneArticle() {
  const libraryPath = path.join(await tempDir(), 'library');
  await mkdir(libraryPath);
  const created = await new ArticleStore({ libraryPath }).create();
  if (!created.ok) throw new Error(created.error.message);
  return { libraryPath, id: created.value.article.id };
}

describe('articleOrLibrary', () => {
  it('takes a folder holding article.json for one article of the parent library', async () => {
    const { libraryPath, id } = await libraryWithOneArticle();
    expect(await articleOrLibrary(path.join(libraryPath, id))).toEqual({
      kind: 'article',
      libraryPath,
      id,
    });
  });

  it('goes by the file alone: a damaged article.json still names an article folder', async () => {
    const folder = path.join(await tempDir(), 'not-an-id');
    await mkdir(folder);
    await writeFile(path.join(folder, 'article.json'), '{ not json');
    expect(await articleOrLibrary(folder)).toEqual({
      kind: 'article',
      libraryPath: path.dirname(folder),
      id: 'not-an-id',
    });
  });

  it('takes any other folder for a library, with its listing', async () => {
    const { libraryPath, id } = await libraryWithOneArticle();
    const target = await articleOrLibrary(libraryPath);
    expect(target).toMatchObject({ kind: 'library', libraryPath });
    if (target.kind !== 'library') return;
    expect(target.listing.articles.map((summary) => summary.id)).toEqual([id]);
    expect(target.listing.damaged).toEqual([]);
  });

  it('counts a library whose only article is damaged as a library', async () => {
    const libraryPath = path.join(await tempDir(), 'library');
    const id = 'a1b2c3d4-0000-4000-8000-000000000001';
    await mkdir(path.join(libraryPath, id), { recursive: true });
    // article.json as a folder: not a file, so the library is not taken for an article.
    await mkdir(path.join(libraryPath, 'article.json'));
    await writeFile(path.join(libraryPath, id, 'article.json'), '{ not json');
    const target = await articleOrLibrary(libraryPath);
    expect(target).toMatchObject({ kind: 'library', libraryPath });
    if (target.kind !== 'library') return;
    expect(target.listing.articles).toEqual([]);
    expect(target.listing.damaged.map((entry) => entry.id)).toEqual([id]);
  });

  it.each([
    ['a missing path', async (root: string) => path.join(root, 'missing'), /does not exist/],
    [
      'a file',
      async (root: string) => {
        const file = path.join(root, 'notes.txt');
        await writeFile(file, 'x');
        return file;
      },
      /is not a folder/,
    ],
    [
      'a folder without articles',
      async (root: string) => {
        const folder = path.join(root, 'empty');
        await mkdir(path.join(folder, 'drafts'), { recursive: true });
        return folder;
      },
      /holds no article\.json and no article folders/,
    ],
  ])('refuses %s with a usage error naming it', async (_name, make, message) => {
    const source = await make(await tempDir());
    const refusal = await articleOrLibrary(source).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UsageError);
    expect((refusal as Error).message).toMatch(message);
    expect((refusal as Error).message).toContain(source);
  });
});

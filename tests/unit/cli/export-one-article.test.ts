/**
 * `newsdesk export <article-folder>` writes one article: its folder is named
 * as the app's Export command names it, and its related-news links lead only
 * to pages that are there. Run in-process (the command's own `run`).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../../electron/cli/commands/export';
import { ownerMarker } from '../../../electron/services/export-folders';
import { article, paragraph, relatedNews, text } from '../export/builders';
import { writeArticle } from '../export-service/library-fixture';
import { parseDocument } from '../export/parse-html';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();

const IDS = [
  'a0000000-0000-4000-8000-000000000001',
  'a0000000-0000-4000-8000-000000000002',
  'a0000000-0000-4000-8000-000000000003',
] as const;
const HEADLINE = 'Giá vàng hôm nay';
const SLUG = 'gia-vang-hom-nay';

/** Three drafts with the same headline; the last links to the first. */
async function library(): Promise<{ libraryPath: string; out: string }> {
  const root = await tempDir();
  const libraryPath = path.join(root, 'library');
  for (const id of IDS) {
    const related = relatedNews('', [
      { headline: 'Hôm qua', summary: '', link: { kind: 'article', articleId: IDS[0] } },
    ]);
    await writeArticle(
      libraryPath,
      article([paragraph(text('Giá vàng tăng.')), related], { id, headline: HEADLINE }),
    );
  }
  return { libraryPath, out: path.join(root, 'out') };
}

async function run(args: string[]): Promise<number> {
  return exportCommand.run(args, { stdout: () => undefined, stderr: () => undefined });
}

async function relatedHref(out: string, folder: string): Promise<string | null> {
  const page = parseDocument(await readFile(path.join(out, folder, 'index.html'), 'utf8'));
  return page.querySelector('.related-news li')?.querySelector('a')?.getAttribute('href') ?? null;
}

describe('newsdesk export <article-folder>', () => {
  it('names the folder after the article alone, not after its namesakes in the library', async () => {
    const { libraryPath, out } = await library();
    expect(await run([path.join(libraryPath, IDS[2]), '--out', out])).toBe(0);
    expect(await readdir(out)).toEqual([SLUG]);
  });

  it('does not link to a sibling whose page is not in the destination', async () => {
    const { libraryPath, out } = await library();
    expect(await run([path.join(libraryPath, IDS[2]), '--out', out])).toBe(0);
    expect(await relatedHref(out, SLUG)).toBeNull();
  });

  it('links to a sibling exported to the destination before', async () => {
    const { libraryPath, out } = await library();
    await mkdir(path.join(out, 'hom-qua'), { recursive: true });
    await writeFile(
      path.join(out, 'hom-qua', '.newsdesk-export.json'),
      ownerMarker(IDS[0], 'hom-qua'),
    );
    expect(await run([path.join(libraryPath, IDS[2]), '--out', out])).toBe(0);
    expect(await relatedHref(out, SLUG)).toBe('../hom-qua/index.html');
  });
});

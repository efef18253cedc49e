/**
 * `newsdesk export <library>` when one article fails: the pages of the others
 * never link to the folder it did not get. Run in-process (the command's `run`).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../../electron/cli/commands/export';
import { ownerMarker } from '../../../electron/services/export-folders';
import { article, figure, paragraph, relatedNews, text } from '../export/builders';
import { writeArticle } from '../export-service/library-fixture';
import { parseDocument } from '../export/parse-html';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();

const LINKING_ID = 'a0000000-0000-4000-8000-000000000001';
const BROKEN_ID = 'a0000000-0000-4000-8000-000000000002';

/** An article linking to one whose photo is missing (its export fails). */
async function library(): Promise<{ libraryPath: string; out: string }> {
  const root = await tempDir();
  const libraryPath = path.join(root, 'library');
  const related = relatedNews('', [
    { headline: 'Bài B', summary: '', link: { kind: 'article', articleId: BROKEN_ID } },
  ]);
  await writeArticle(
    libraryPath,
    article([paragraph(text('Nội dung.')), related], { id: LINKING_ID, headline: 'Bài A' }),
  );
  await writeArticle(libraryPath, article([figure({})], { id: BROKEN_ID, headline: 'Bài B' }));
  return { libraryPath, out: path.join(root, 'out') };
}

async function run(args: string[]): Promise<{ code: number; stdout: string[] }> {
  const stdout: string[] = [];
  const code = await exportCommand.run(args, {
    stdout: (line) => stdout.push(line),
    stderr: () => undefined,
  });
  return { code, stdout };
}

async function relatedHref(out: string): Promise<string | null> {
  const page = parseDocument(await readFile(path.join(out, 'bai-a', 'index.html'), 'utf8'));
  return page.querySelector('.related-news li')?.querySelector('a')?.getAttribute('href') ?? null;
}

describe('newsdesk export <library> with a failing article', () => {
  it('does not link to the folder the failed article did not get', async () => {
    const { libraryPath, out } = await library();
    const { code, stdout } = await run([libraryPath, '--out', out]);
    expect(code).toBe(1);
    expect(stdout[0]).toContain('Exported 1 article');
    expect(await readdir(out)).toEqual(['bai-a']);
    expect(await relatedHref(out)).toBeNull();
  });

  it('links to the failed article’s earlier export, which it leaves as it was', async () => {
    const { libraryPath, out } = await library();
    await mkdir(path.join(out, 'bai-b'), { recursive: true });
    await writeFile(
      path.join(out, 'bai-b', '.newsdesk-export.json'),
      ownerMarker(BROKEN_ID, 'bai-b'),
    );
    await writeFile(path.join(out, 'bai-b', 'index.html'), '<!DOCTYPE html>');
    expect((await run([libraryPath, '--out', out])).code).toBe(1);
    expect(await relatedHref(out)).toBe('../bai-b/index.html');
  });
});

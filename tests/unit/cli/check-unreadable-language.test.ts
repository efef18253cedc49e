/**
 * `newsdesk check --lang vi` says why an article cannot be read in
 * Vietnamese, as the app does (the localized detail of the failure), instead
 * of an English sentence inside a Vietnamese line. English keeps the full
 * technical message (path, JSON position).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { CORRUPT_ID, sampleLibrary, writeArticle } from '../export-service/library-fixture';
import { article, paragraph, text } from '../export/builders';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();
const NEWER_ID = 'f0000000-0000-4000-8000-000000000001';

async function run(args: string[]) {
  const out: string[] = [];
  const code = await runCli(args, { stdout: (line) => out.push(line), stderr: () => undefined });
  return { code, stdout: out.join('\n') };
}

async function library() {
  const libraryPath = path.join(await tempDir(), 'library');
  await sampleLibrary(libraryPath);
  // Listed (its header reads), but its body holds a block of a newer Newsdesk.
  await writeArticle(
    libraryPath,
    article([{ type: 'poll', version: 1 } as never, paragraph(text('Nội dung.'))], {
      id: NEWER_ID,
      headline: 'Bình chọn',
    }),
  );
  return libraryPath;
}

describe('newsdesk check: an unreadable article, in the language asked for', () => {
  it('in Vietnamese', async () => {
    const result = await run(['check', await library(), '--lang', 'vi']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `${CORRUPT_ID}: không đọc được: Không đọc được tệp article.json (bị hỏng`,
    );
    expect(result.stdout).toContain(
      `${NEWER_ID}: không đọc được: Bài được lưu bằng phiên bản Newsdesk mới hơn`,
    );
    expect(result.stdout).not.toMatch(/not valid JSON|left untouched|newer Newsdesk/);
  });

  it('in English, with the technical detail', async () => {
    const result = await run(['check', await library(), '--lang', 'en']);
    expect(result.stdout).toMatch(new RegExp(`${CORRUPT_ID}: cannot be read: .*not valid JSON`));
    expect(result.stdout).toMatch(new RegExp(`${NEWER_ID}: cannot be read: .*"poll" block`));
  });
});

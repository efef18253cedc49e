/**
 * Article text printed by the CLI comes from a shared library folder (Dropbox,
 * a colleague's laptop): control characters in a headline or a paragraph
 * must not reach the terminal as escape sequences (colours, a cleared screen,
 * a changed window title) nor break a finding into lines that read as other
 * output ("FAKE: 0 errors"). Run as users run it: the bundled CLI in a child.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeArticle } from '../export-service/library-fixture';
import { article, figure, paragraph, relatedNews, text } from '../export/builders';
import { useTempDirs } from '../services/temp-dir';
import { bundleCli, runCli } from './built-cli';

const tempDir = useTempDirs();
let cli: string;

beforeAll(async () => {
  cli = await bundleCli();
}, 60_000);

afterAll(async () => {
  await rm(path.dirname(cli), { recursive: true, force: true });
});

const ID = 'd0000000-0000-4000-8000-000000000001';
// eslint-disable-next-line no-control-regex -- the point of the test
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

describe('newsdesk check with control characters in the article', () => {
  it('prints them neither raw nor as line breaks', async () => {
    const libraryPath = path.join(await tempDir(), 'library');
    await writeArticle(
      libraryPath,
      article(
        [
          paragraph(text('Nội dung \u001b[2J\u001b]0;pwned\u0007 "trích dẫn".')),
          figure({ caption: '', credit: 'Ảnh: A', alt: 'Ảnh\u009b31m' }),
          relatedNews('Tin\u001b[8m\nẩn', [{ headline: '', summary: 'Tóm tắt', link: null }]),
        ],
        {
          id: ID,
          headline: 'Tin \u001b[31mĐỎ\u001b[0m\nFAKE: 0 errors, 0 warnings\u202e',
          sapo: 'Sapo.',
          byline: 'Minh Anh',
        },
      ),
    );
    const run = await runCli(cli, ['check', libraryPath]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).not.toMatch(CONTROLS);
    expect(run.stderr).not.toMatch(CONTROLS);
    const lines = run.stdout.trimEnd().split('\n');
    // The article's line, then one indented line per finding: nothing else.
    expect(lines[0]).toMatch(
      new RegExp(`^${ID} “Tin .*ĐỎ.* FAKE: 0 errors, 0 warnings.*”: \\d+ errors?, \\d+ warnings?$`),
    );
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}(error|warning) /);
  });
});

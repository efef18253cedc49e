/**
 * `newsdesk export` on a real library with figures, a related block and one
 * corrupt article, run as a child process of the bundled CLI (issue #5).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectValidHtml } from '../export/html-validator';
import { parseDocument } from '../export/parse-html';
import {
  CORRUPT_ID,
  MAIN_ID,
  MAIN_SLUG,
  PUBLISHED_URL,
  sampleLibrary,
} from '../export-service/library-fixture';
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

async function library() {
  const root = await tempDir();
  const libraryPath = path.join(root, 'library');
  await sampleLibrary(libraryPath);
  return { libraryPath, out: path.join(root, 'out') };
}

describe('newsdesk export', () => {
  it('exports every readable article of a library, reports the corrupt one and exits 1', async () => {
    const { libraryPath, out } = await library();
    const run = await runCli(cli, ['export', libraryPath, '--out', out]);

    expect(run.code, run.stderr).toBe(1);
    const folders = (await readdir(out)).sort();
    expect(folders).toEqual(['cach-giu-am-cho-tre-nho', MAIN_SLUG, 'mien-bac-ret']);
    // Progress for each article, then a summary naming the failure and why.
    expect(run.stderr).toMatch(/\[1\/3\] /);
    expect(run.stderr).toMatch(/\[3\/3\] /);
    expect(run.stdout).toContain(`Exported 3 articles to ${out}; 1 failed:`);
    expect(run.stdout).toMatch(new RegExp(`${CORRUPT_ID}: .*not valid JSON`));

    for (const folder of folders) {
      const html = await readFile(path.join(out, folder, 'index.html'), 'utf8');
      expectValidHtml(html);
    }
    const main = parseDocument(await readFile(path.join(out, MAIN_SLUG, 'index.html'), 'utf8'));
    const srcs = [...main.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(srcs).toEqual([
      `images/${MAIN_SLUG}-1.jpg`,
      `images/${MAIN_SLUG}-2.png`,
      `images/${MAIN_SLUG}-1.jpg`,
    ]);
    expect((await readdir(path.join(out, MAIN_SLUG, 'images'))).sort()).toEqual([
      `${MAIN_SLUG}-1.jpg`,
      `${MAIN_SLUG}-2.png`,
    ]);
    const links = [...main.querySelectorAll('.related-news a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['../cach-giu-am-cho-tre-nho/index.html', PUBLISHED_URL]);
  });

  it('exports one article folder, as a fragment when asked, and exits 0', async () => {
    const { libraryPath, out } = await library();
    const run = await runCli(cli, [
      'export',
      path.join(libraryPath, MAIN_ID),
      '--out',
      out,
      '--format',
      'fragment',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`Exported 1 article to ${out}.\n`);
    // One article: no progress lines.
    expect(run.stderr).toBe('');
    expect(await readdir(out)).toEqual([MAIN_SLUG]);
    const html = await readFile(path.join(out, MAIN_SLUG, 'index.html'), 'utf8');
    expect(html.startsWith('<article>')).toBe(true);
    expect(html).not.toContain('<html');
  });

  it('exits 1 for a corrupt article folder and writes nothing', async () => {
    const { libraryPath, out } = await library();
    const run = await runCli(cli, ['export', path.join(libraryPath, CORRUPT_ID), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Exported 0 articles');
    expect(run.stderr).toContain(CORRUPT_ID);
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });

  it.each([
    { args: ['export'], message: /name the article or library folder/ },
    { args: ['export', '.'], message: /--out <dir> is required/ },
    { args: ['export', 'a', 'b', '--out', 'x'], message: /one folder/ },
    { args: ['export', '.', '--out', 'x', '--format', 'pdf'], message: /--format must be/ },
    { args: ['export', '.', '--out', 'x', '--bogus'], message: /bogus/ },
    { args: ['export', '/no/such/folder', '--out', 'x'], message: /does not exist/ },
    { args: ['publish'], message: /unknown command "publish"/ },
    { args: [], message: /Usage: newsdesk <command>/ },
  ])('exits 2 with a clear usage message for $args', async ({ args, message }) => {
    const run = await runCli(cli, args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Usage: newsdesk');
  });

  it('prints the command usage for --help and exits 0', async () => {
    const run = await runCli(cli, ['export', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--format <format>');
  });
});

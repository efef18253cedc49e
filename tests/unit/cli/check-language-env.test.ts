/**
 * `newsdesk check` picks its language from --lang, else NEWSDESK_LANG, else
 * English. An environment that sets NEWSDESK_LANG to something else (empty in
 * a script, or a locale such as vi_VN.UTF-8) is not a usage error of the
 * command line: the app ignores such a value, and so does the CLI.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../electron/services/article-store';
import { runCli } from '../../../electron/cli/run-cli';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();
const previous = process.env.NEWSDESK_LANG;

afterEach(() => {
  if (previous === undefined) delete process.env.NEWSDESK_LANG;
  else process.env.NEWSDESK_LANG = previous;
});

async function articleFolder() {
  const libraryPath = path.join(await tempDir(), 'library');
  await mkdir(libraryPath);
  const created = await new ArticleStore({ libraryPath }).create();
  if (!created.ok) throw new Error(created.error.message);
  return path.join(libraryPath, created.value.article.id);
}

async function check(args: string[], env: string) {
  process.env.NEWSDESK_LANG = env;
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['check', ...args], {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('newsdesk check and NEWSDESK_LANG', () => {
  it.each(['', 'vi_VN.UTF-8', 'fr'])(
    'checks in English when NEWSDESK_LANG is "%s"',
    async (env) => {
      const folder = await articleFolder();
      const run = await check([folder], env);
      // A new article has no headline: an error, exit 1, not a usage error (2).
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toContain('The headline is missing.');
    },
  );

  it('still follows NEWSDESK_LANG=vi, and --lang over it', async () => {
    const folder = await articleFolder();
    expect((await check([folder], ' VI ')).stdout).toContain('Bài chưa có tiêu đề.');
    expect((await check([folder, '--lang', 'en'], 'vi')).stdout).toContain(
      'The headline is missing.',
    );
  });

  it('still refuses a --lang it does not speak', async () => {
    const folder = await articleFolder();
    const run = await check([folder, '--lang', 'fr'], 'vi');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--lang must be "vi" or "en", not "fr".');
  });
});

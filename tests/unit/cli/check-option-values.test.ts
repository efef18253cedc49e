/**
 * `newsdesk check`'s house-style options refused with the option the user
 * typed (--headline-max), not the settings key behind it (headlineMaxChars),
 * and numbers read as the digits they are: "0x64" or "1e2" is no length a
 * user means, and was taken as 100.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../electron/services/article-store';
import { runCli } from '../../../electron/cli/run-cli';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();

async function check(args: string[]) {
  const libraryPath = path.join(await tempDir(), 'library');
  await mkdir(libraryPath);
  const created = await new ArticleStore({ libraryPath }).create();
  if (!created.ok) throw new Error(created.error.message);
  const err: string[] = [];
  const code = await runCli(['check', libraryPath, ...args], {
    stdout: () => undefined,
    stderr: (line) => err.push(line),
  });
  return { code, stderr: err.join('\n') };
}

describe('newsdesk check option values', () => {
  it.each([
    [['--headline-max', 'abc'], '--headline-max'],
    [['--headline-max', '5'], '--headline-max'],
    [['--headline-max', '0x64'], '--headline-max'],
    [['--sapo-max', '1e2'], '--sapo-max'],
    [['--sapo-max', ''], '--sapo-max'],
    [['--tone-style', 'mixed'], '--tone-style'],
  ])('refuses %j naming %s', async (args, option) => {
    const run = await check(args);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toContain(option);
    expect(run.stderr).not.toMatch(/headlineMaxChars|sapoMaxChars|toneStyle/);
  });

  it('takes plain numbers', async () => {
    // A new article has errors (no headline): 1, not a usage error.
    expect((await check(['--headline-max', '120', '--sapo-max', ' 400 '])).code).toBe(1);
  });
});

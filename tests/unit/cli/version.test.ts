/**
 * `newsdesk --version` (and `-v`, `version`): the version a desk reports in
 * a bug report or checks in a script, on stdout with exit code 0. It was an
 * unknown command (exit 2).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('newsdesk --version', () => {
  it.each([['--version'], ['-v'], ['version']])('%s prints the package version', async (flag) => {
    const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
    const result = await run([flag]);
    expect(result).toEqual({ code: 0, stdout: `newsdesk ${version}`, stderr: '' });
  });

  it('is named in the main usage', async () => {
    expect((await run(['--help'])).stdout).toContain('newsdesk --version');
  });
});

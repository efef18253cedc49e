/**
 * `newsdesk help <command>` prints that command's usage, as `newsdesk
 * <command> --help` does; it printed the command list, without the options
 * asked for.
 */
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

describe('newsdesk help <command>', () => {
  it.each(['export', 'check'])('prints the usage of %s', async (name) => {
    expect(await run(['help', name])).toEqual(await run([name, '--help']));
    expect((await run(['help', name])).stdout).toContain(`Usage: newsdesk ${name} `);
  });

  it('refuses a command that does not exist, with exit code 2', async () => {
    const result = await run(['help', 'publish']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "publish"');
  });

  it('still prints the command list alone', async () => {
    const result = await run(['help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Commands:');
  });
});

/**
 * Each command's --help says what its exit codes mean, as README.md does:
 * scripts gate publication on them. `export --help` said nothing of them, and
 * `check --help` left out 2 (a usage error), which both commands return.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';

async function usageOf(name: string): Promise<string> {
  const out: string[] = [];
  await runCli([name, '--help'], { stdout: (line) => out.push(line), stderr: () => undefined });
  return out.join('\n');
}

describe('exit codes in the usage', () => {
  it.each(['export', 'check'])('%s --help names 0, 1 and 2', async (name) => {
    const usage = await usageOf(name);
    expect(usage).toMatch(/Exit codes?:/);
    for (const code of ['0', '1', '2']) expect(usage).toMatch(new RegExp(`^ {2}${code}  \\S`, 'm'));
  });

  it('export --help names -o, the short form of --out', async () => {
    expect(await usageOf('export')).toMatch(/-o, --out <dir>/);
  });
});

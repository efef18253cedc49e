/**
 * What a `newsdesk` sub-command is. Each command is one file in commands/ and
 * one line in commands/index.ts; the dispatcher (run-cli.ts) owns usage errors
 * and exit codes, so every command reports them the same way.
 */

/** Where a command writes: results on stdout, progress and problems on stderr. */
export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
}

export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The command's own usage text, printed for `--help` and after a usage error. */
  usage: string;
  /** Returns the exit code: 0 when everything succeeded, 1 when something failed. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Thrown for bad arguments: the dispatcher prints it with the command's usage and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

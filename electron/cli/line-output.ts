/**
 * Writing the CLI's lines to stdout or stderr when the reader may have gone.
 * `newsdesk check … | head -1` closes the pipe after one line: the next write
 * fails with EPIPE, emitted as an 'error' event that, unhandled, crashed the
 * CLI with a stack trace, and on stderr (`2>&1 | head`) stopped an export
 * midway. A stream that failed is not written to again; the command runs to
 * its end. A reader that went away asked for no more (the exit code stays the
 * command's); any other failure (a full disk under `> report.txt`) lost output
 * the user asked for, which the caller reports (`lost`).
 */
export interface LineOutput {
  write(line: string): void;
  /** The error that lost lines, other than EPIPE; null while none did. */
  lost(): Error | null;
}

export function lineWriter(stream: NodeJS.WritableStream): LineOutput {
  let stopped = false;
  let lost: Error | null = null;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    stopped = true;
    if (error.code !== 'EPIPE') lost ??= error;
  });
  return {
    write: (line) => {
      if (!stopped) stream.write(`${line}\n`);
    },
    lost: () => lost,
  };
}

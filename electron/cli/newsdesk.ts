/**
 * Entry of the `newsdesk` CLI (package.json `bin` → bin/newsdesk.js → this file,
 * bundled to dist/electron/cli.js). Plain Node: it never loads Electron.
 */
import { EXIT_FAILED } from './command';
import { lineWriter } from './line-output';
import { runCli } from './run-cli';
import { terminalSafe } from './terminal-text';

const stdout = lineWriter(process.stdout);
const stderr = lineWriter(process.stderr);

// Every line through terminalSafe: messages quote headlines and paths from the library.
const io = {
  stdout: (line: string) => stdout.write(terminalSafe(line)),
  stderr: (line: string) => stderr.write(terminalSafe(line)),
};

const code = await runCli(process.argv.slice(2), io);
// A failed write is reported by an 'error' event on a later tick: wait for it.
await new Promise((resolve) => setImmediate(resolve));
// Results that could not be written are a failure, whatever the command found:
// a script reading `newsdesk check … > report.txt` must not take a cut report for a pass.
const lost = stdout.lost();
if (lost !== null) stderr.write(`newsdesk: could not write the output: ${lost.message}`);
process.exitCode = lost !== null ? Math.max(code, EXIT_FAILED) : code;

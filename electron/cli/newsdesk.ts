/**
 * Entry of the `newsdesk` CLI (package.json `bin` → bin/newsdesk.js → this file,
 * bundled to dist/electron/cli.js). Plain Node: it never loads Electron.
 */
import { runCli } from './run-cli';

const io = {
  stdout: (line: string) => process.stdout.write(`${line}\n`),
  stderr: (line: string) => process.stderr.write(`${line}\n`),
};

process.exitCode = await runCli(process.argv.slice(2), io);

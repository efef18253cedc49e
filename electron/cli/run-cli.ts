/**
 * The `newsdesk` command dispatcher: picks the sub-command, turns usage errors
 * into a clear message and exit code 2, and anything unexpected into exit code 1
 * with a one-line reason (never a stack trace for the user to decipher).
 */
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './command';
import { COMMANDS } from './commands';
// Inlined by the bundler (only this field): the CLI reads no file to know its version.
import { version } from '../../package.json';

/** What `newsdesk --version` answers; asked for in bug reports and by scripts. */
const VERSION_ARGS = new Set(['--version', '-v', 'version']);

export function mainUsage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Usage: newsdesk <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run "newsdesk <command> --help" for the options of a command,',
    '"newsdesk --version" for the version of Newsdesk.',
  ].join('\n');
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // `newsdesk help export` asks what `newsdesk export --help` does.
  if (argv[0] === 'help' && argv[1] !== undefined) return runCli([argv[1], '--help'], io);
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(mainUsage());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (VERSION_ARGS.has(name)) {
    io.stdout(`newsdesk ${version}`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    io.stderr(`newsdesk: unknown command "${name}".\n\n${mainUsage()}`);
    return EXIT_USAGE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(command.usage);
    return EXIT_OK;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`newsdesk ${command.name}: ${error.message}\n\n${command.usage}`);
      return EXIT_USAGE;
    }
    io.stderr(
      `newsdesk ${command.name} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    return EXIT_FAILED;
  }
}

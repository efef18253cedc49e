/** The `newsdesk` sub-commands. A new command is a file next to this one and a line here. */
import type { CliCommand } from '../command';
import { exportCommand } from './export';
import { checkCommand } from './check';

export const COMMANDS: readonly CliCommand[] = [exportCommand, checkCommand];

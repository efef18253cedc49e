/**
 * Commands a native menu item (or the app's own header) asks the renderer to
 * carry out. Main sends one of these ids on the `menu:command` event; the
 * preload refuses anything else, so the renderer only ever sees this list.
 */
export const MENU_COMMANDS = [
  'new-article',
  'export-html',
  'print',
  'save-pdf',
  'toggle-preview',
  'show-shortcuts',
  'save-now',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** The main → renderer event carrying a MenuCommand. */
export const MENU_COMMAND_EVENT = 'menu:command';

/**
 * Menu commands for the renderer, from either host: Electron's native menu
 * (through the preload's onMenuCommand) or, in the web host which has no
 * native menu, the same keyboard accelerators caught here. Each command is
 * also re-dispatched as a `newsdesk:menu-command` DOM event so a component
 * that owns a feature (the preview, export) can listen without App knowing.
 */
import { useEffect, useRef } from 'react';
import { isMenuCommand, type MenuCommand } from '../../../shared/desktop/menu-commands';
import { isComposingKey, isPrimaryShortcut } from './keys';

export const MENU_COMMAND_DOM_EVENT = 'newsdesk:menu-command';

/**
 * The web host's stand-ins for menu accelerators (shared/desktop/shortcuts.ts):
 * Ctrl+/ shortcuts, Ctrl+E export, Ctrl+Shift+R preview. Print stays the browser's.
 */
const WEB_SHORTCUTS: readonly (readonly [key: string, shift: boolean, command: MenuCommand])[] = [
  ['/', false, 'show-shortcuts'],
  ['e', false, 'export-html'],
  ['r', true, 'toggle-preview'],
];

type MenuCommandSource = { onMenuCommand?(listener: (command: string) => void): () => void };

export function useMenuCommands(handlers: Partial<Record<MenuCommand, () => void>>): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const run = (command: MenuCommand) => {
      latest.current[command]?.();
      window.dispatchEvent(new CustomEvent(MENU_COMMAND_DOM_EVENT, { detail: command }));
    };
    const source = window.newsdesk as MenuCommandSource | undefined;
    const unsubscribe = source?.onMenuCommand?.((command) => {
      if (isMenuCommand(command)) run(command);
    });
    // In Electron the menu's accelerators fire these; the web host has no menu.
    const onKeyDown = (event: KeyboardEvent) => {
      if (isComposingKey(event)) return;
      const command = WEB_SHORTCUTS.find(([key, shift]) => isPrimaryShortcut(event, key, shift));
      if (command) {
        event.preventDefault();
        run(command[2]);
      }
    };
    if (!unsubscribe) window.addEventListener('keydown', onKeyDown);
    return () => {
      unsubscribe?.();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}

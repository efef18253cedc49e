/**
 * File ▸ Print… and Save as PDF… (issue #10): the renderer names the open
 * article (after flushing its save); main exports it to a temporary folder
 * (services/print-export.ts) and loads that page in a hidden window that is
 * sandboxed with JavaScript off, then prints it or writes a PDF to a file the
 * user picks. The renderer never sends a path.
 */
import { BrowserWindow, dialog, ipcMain } from 'electron';
import { writeFile } from 'node:fs/promises';
import { ARTICLE_ID_PATTERN } from '../../shared/article/ids';
import type { Article } from '../../shared/article/schema';
import { desktopMessage } from '../../shared/i18n/desktop-messages';
import { fail, ok, type Result } from '../../shared/ipc/result';
import type { UiLanguage } from '../../shared/settings';
import type { Dispatch } from '../services/handlers';
import { fileSystemDetail } from '../services/file-system-detail';
import { exportForPrint } from '../services/print-export';
import { isTrustedSender } from './ipc';
import { PRINT_CHANNEL, type PrintMode } from './print-channel';

export interface PrintDependencies {
  dispatch: () => Dispatch;
  libraryPath: () => string;
  language: () => UiLanguage;
}

function hiddenPrintWindow(): BrowserWindow {
  return new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      // Its own in-memory session: none of the app's protocols or storage.
      partition: 'newsdesk-print',
    },
  });
}

async function printPage(
  indexPath: string,
  slug: string,
  mode: PrintMode,
  parent: BrowserWindow | null,
  language: UiLanguage,
): Promise<Result<{ done: boolean }>> {
  const window = hiddenPrintWindow();
  try {
    await window.loadFile(indexPath);
    if (mode === 'print') {
      const done = await new Promise<boolean>((resolve) =>
        window.webContents.print({ printBackground: true }, (success) => resolve(success)),
      );
      return ok({ done });
    }
    const options = {
      title: desktopMessage(language, 'menu.savePdfTitle'),
      defaultPath: `${slug}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    const target = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    if (target.canceled || !target.filePath) return ok({ done: false });
    const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    await writeFile(target.filePath, pdf);
    return ok({ done: true });
  } finally {
    window.destroy();
  }
}

export function registerPrintIpc(deps: PrintDependencies): void {
  ipcMain.handle(PRINT_CHANNEL, async (event, id: unknown, mode: unknown) => {
    if (!isTrustedSender(event))
      return fail('forbidden', 'Refused a message from an untrusted frame.');
    if (
      typeof id !== 'string' ||
      !ARTICLE_ID_PATTERN.test(id) ||
      (mode !== 'print' && mode !== 'pdf')
    )
      return fail('invalid-request', 'Print needs an article id and "print" or "pdf".');
    const loaded = (await deps.dispatch()('article:load', { id })) as Result<{ article: Article }>;
    if (!loaded.ok) return loaded;
    const page = await exportForPrint(loaded.value.article, deps.libraryPath());
    if (!page.ok) return page;
    try {
      return await printPage(
        page.value.indexPath,
        page.value.slug,
        mode,
        BrowserWindow.fromWebContents(event.sender),
        deps.language(),
      );
    } catch (error) {
      return fail(
        'io',
        `Printing failed: ${error instanceof Error ? error.message : String(error)}`,
        { detail: fileSystemDetail(error) },
      );
    } finally {
      await page.value.dispose();
    }
  });
}

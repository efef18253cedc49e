/**
 * Closing the window or quitting waits for the renderer to save (issue #6):
 * the first `close` is prevented, the renderer is asked to flush its autosave
 * (FLUSH_REQUEST_CHANNEL), and the window closes once it answers — or after
 * FLUSH_TIMEOUT_MS, since a hung renderer must not keep the app open forever;
 * the recovery journal, written about a second after typing stops, still holds
 * whatever that flush did not save. Quitting (menu, Cmd+Q) closes the windows,
 * so the same path covers `before-quit`.
 */
import { ipcMain, type BrowserWindow } from 'electron';
import { FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from './ipc-channel';

export const FLUSH_TIMEOUT_MS = 4000;

export function flushBeforeClose(window: BrowserWindow): void {
  let flushed = false;
  let flushing = false;
  let nextId = 0;
  window.on('close', (event) => {
    if (flushed || window.webContents.isCrashed()) return;
    event.preventDefault();
    if (flushing) return;
    flushing = true;
    const id = ++nextId;
    const finish = () => {
      ipcMain.removeListener(FLUSH_DONE_CHANNEL, onDone);
      clearTimeout(timer);
      flushed = true;
      flushing = false;
      if (!window.isDestroyed()) window.close();
    };
    const onDone = (doneEvent: Electron.IpcMainEvent, doneId: unknown) => {
      if (doneEvent.sender === window.webContents && doneId === id) finish();
    };
    const timer = setTimeout(finish, FLUSH_TIMEOUT_MS);
    ipcMain.on(FLUSH_DONE_CHANNEL, onDone);
    window.webContents.send(FLUSH_REQUEST_CHANNEL, id);
  });
}

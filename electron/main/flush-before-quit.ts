/**
 * Closing the window or quitting waits for the renderer to save (issue #6):
 * the first `close` is prevented, the renderer is asked to flush its autosave
 * (FLUSH_REQUEST_CHANNEL), and the window closes once it answers, or after
 * the timeout (renderer-flush.ts). Quitting (menu, Cmd+Q) closes the windows,
 * so the same path covers `before-quit`. Switching library asks the same
 * before it swaps the services (main.ts).
 */
import { ipcMain, type BrowserWindow } from 'electron';
import { FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from './ipc-channel';
import { askRendererToFlush, type FlushChannel } from './renderer-flush';

/** The flush request and its answers, for `window` alone: an answer counts only from its own web contents. */
export function rendererFlushChannel(window: BrowserWindow): FlushChannel {
  return {
    request: (id) => window.webContents.send(FLUSH_REQUEST_CHANNEL, id),
    onAnswer: (listener) => {
      const onDone = (event: Electron.IpcMainEvent, id: unknown) => {
        if (event.sender === window.webContents) listener(id);
      };
      ipcMain.on(FLUSH_DONE_CHANNEL, onDone);
      return () => ipcMain.removeListener(FLUSH_DONE_CHANNEL, onDone);
    },
  };
}

export function flushBeforeClose(window: BrowserWindow): void {
  let flushed = false;
  let flushing = false;
  window.on('close', (event) => {
    if (flushed || window.webContents.isCrashed()) return;
    event.preventDefault();
    if (flushing) return;
    flushing = true;
    void askRendererToFlush(rendererFlushChannel(window)).then(() => {
      flushed = true;
      flushing = false;
      if (!window.isDestroyed()) window.close();
    });
  });
}

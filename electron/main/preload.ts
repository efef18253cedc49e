/**
 * The sandboxed preload: exposes the bridge's one `invoke` on `window.newsdesk`
 * and nothing else (never ipcRenderer itself). Unknown channels are refused here
 * and again in main, which also validates every payload.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '../../shared/ipc/channels';
import { isMenuCommand, MENU_COMMAND_EVENT } from '../../shared/desktop/menu-commands';
import { PRINT_CHANNEL } from './print-channel';
import {
  ARTICLE_CHANGED_CHANNEL,
  FLUSH_DONE_CHANNEL,
  FLUSH_REQUEST_CHANNEL,
  INVOKE_CHANNEL,
} from './ipc-channel';

contextBridge.exposeInMainWorld('newsdesk', {
  invoke(channel: unknown, request: unknown) {
    if (!isChannel(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'invalid-request', message: `Unknown channel: ${String(channel)}` },
      });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, request);
  },
  /** Main asks for a save before closing; the answer carries only the request id. */
  onFlushRequest(listener: () => Promise<unknown>): () => void {
    const handler = (_event: unknown, id: unknown) => {
      void Promise.resolve()
        .then(listener)
        .catch(() => undefined)
        .then(() => ipcRenderer.send(FLUSH_DONE_CHANNEL, id));
    };
    ipcRenderer.on(FLUSH_REQUEST_CHANNEL, handler);
    return () => ipcRenderer.removeListener(FLUSH_REQUEST_CHANNEL, handler);
  },
  /** Main's watcher saw the open article's file change on disk. */
  onArticleChanged(listener: (change: { id: string }) => void): () => void {
    const handler = (_event: unknown, id: unknown) => {
      if (typeof id === 'string') listener({ id });
    };
    ipcRenderer.on(ARTICLE_CHANGED_CHANNEL, handler);
    return () => ipcRenderer.removeListener(ARTICLE_CHANGED_CHANNEL, handler);
  },
  /** Native menu items reach the renderer as known command ids only (shared/desktop/menu-commands.ts). */
  onMenuCommand(listener: (command: string) => void): () => void {
    const forward = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_EVENT, forward);
    return () => ipcRenderer.removeListener(MENU_COMMAND_EVENT, forward);
  },
  /** Prints (or saves as PDF) the saved article as exported; main checks the id and picks any file. */
  printArticle(id: unknown, mode: unknown) {
    return ipcRenderer.invoke(PRINT_CHANNEL, id, mode);
  },
});

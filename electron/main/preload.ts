/**
 * The sandboxed preload: exposes the bridge's one `invoke` on `window.newsdesk`
 * and nothing else (never ipcRenderer itself). Unknown channels are refused here
 * and again in main, which also validates every payload.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '../../shared/ipc/channels';
import { INVOKE_CHANNEL } from './ipc-channel';

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
});

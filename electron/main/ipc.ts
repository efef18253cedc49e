/**
 * ipcMain wiring of the handler table. Every message must come from the main
 * frame of one of our windows showing our own origin (after VS Code's
 * ValidatedIpcMain); payloads are validated by `dispatch` itself.
 *
 * The origin is checked by scheme and host (isAppUrl): Node's URL parser gives
 * `app://newsdesk/…` the opaque origin "null", so comparing `.origin` with
 * APP_ORIGIN refused every message.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from '../services/handlers';
import { isAppUrl } from './navigation-policy';
import { INVOKE_CHANNEL } from './ipc-channel';

export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url);
}

export function registerIpc(dispatch: Dispatch): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, request: unknown) => {
    if (!isTrustedSender(event)) {
      return {
        ok: false,
        error: { code: 'forbidden', message: 'Refused a message from an untrusted frame.' },
      };
    }
    return dispatch(channel, request);
  });
}

/**
 * The renderer's one way out. In Electron the preload exposes `window.newsdesk`;
 * in the web host (`npm run web`) the same channel map travels over HTTP to the
 * same handler table, sent from a worker where it can be. Either way the rest
 * of the renderer sees one interface.
 */
import type { NewsdeskBridge } from '../../../shared/ipc/bridge';
import { createHttpBridge } from './http-bridge';
import { createWorkerTransport } from './worker-transport';

declare global {
  interface Window {
    newsdesk?: NewsdeskBridge;
  }
}

let bridge: NewsdeskBridge | undefined;

export function getBridge(): NewsdeskBridge {
  bridge ??= window.newsdesk ?? createHttpBridge(window.location.origin, createWorkerTransport());
  return bridge;
}

/** The shape of `window.newsdesk`, the only thing the renderer gets from the host. */
import type { Channel, RequestOf, ResponseOf } from './channels';
import type { Result } from './result';

export interface NewsdeskBridge {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  /**
   * Electron only (main → renderer): main asks the renderer to save everything
   * before the window closes or the app quits, and waits (with a timeout) until
   * `listener`'s promise settles. Returns an unsubscribe function.
   */
  onFlushRequest?(listener: () => Promise<unknown>): () => void;
  /** Electron only (main → renderer): main's watcher saw the open article change on disk. */
  onArticleChanged?(listener: (change: { id: string }) => void): () => void;
}

/** The shape of `window.newsdesk`, the only thing the renderer gets from the host. */
import type { Channel, RequestOf, ResponseOf } from './channels';
import type { Result } from './result';

export interface NewsdeskBridge {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
}

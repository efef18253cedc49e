/** The single ipcMain channel that carries the bridge's channel map. */
export const INVOKE_CHANNEL = 'newsdesk:invoke';
/** Main → renderer: "save everything now, the window is closing" (carries a request id). */
export const FLUSH_REQUEST_CHANNEL = 'newsdesk:flush-request';
/** Renderer → main: the flush with that request id has settled. */
export const FLUSH_DONE_CHANNEL = 'newsdesk:flush-done';
/** Main → renderer: the open article's file changed on disk (main's watcher saw it). */
export const ARTICLE_CHANGED_CHANNEL = 'newsdesk:article-changed';

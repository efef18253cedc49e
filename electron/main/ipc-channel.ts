/** The single ipcMain channel that carries the bridge's channel map. */
export const INVOKE_CHANNEL = 'newsdesk:invoke';

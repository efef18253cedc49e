/**
 * Electron: before the window closes or the app quits, main asks the renderer
 * to save (bridge `onFlushRequest`) and waits for the answer, with a timeout
 * after which the recovery journal still holds the text. The web host has no
 * such hook (a browser tab closes without waiting): there the journal, written
 * about a second after typing stops, is what protects the last edits.
 */
import { useEffect } from 'react';
import { getBridge } from '../bridge';

export function useFlushOnQuit(flush: () => Promise<boolean>): void {
  useEffect(() => getBridge().onFlushRequest?.(() => flush()), [flush]);
}

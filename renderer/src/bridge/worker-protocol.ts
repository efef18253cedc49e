/** The messages between the page and the bridge worker (invoke-worker.ts). */

/** A bridge call: the URL and the request body as jsonBlobParts made it. */
export interface WorkerCall {
  id: number;
  url: string;
  parts: (string | Uint8Array)[];
}

/** The worker has started and takes calls. */
export interface WorkerReady {
  ready: true;
}

/** A call's answer text, or why the request failed (the host did not answer). */
export type WorkerAnswer =
  WorkerReady | { id: number; text: string } | { id: number; failure: string };

/**
 * The open article's save state as a tiny external store. Only the status
 * element subscribes (useSyncExternalStore), so "dirty → saving → saved" re-renders
 * one `<p>`, not the workspace, the article view and the library list: those
 * re-renders were ≈ 5 ms of every autosave's main-thread time at 10,000 words.
 */
import type { SaveState } from './save-queue';

export class SaveStatusStore {
  private readonly listeners = new Set<() => void>();

  constructor(private state: SaveState) {}

  /** Stable identity for useSyncExternalStore. */
  readonly get = (): SaveState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(state: SaveState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

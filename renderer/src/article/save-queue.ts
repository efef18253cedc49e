/**
 * The autosave queue of one open article: debounces edits, keeps one save in
 * flight at a time and saves the latest state after it, and never drops edits
 * on failure. No React, so it can be tested in Node with a fake bridge.
 *
 * The snapshot is taken synchronously when a save starts, together with the base
 * revision (PITFALLS: "capture content and revision before the async write").
 */
import type { Article } from '../../../shared/article/schema';
import type { BridgeError, Result } from '../../../shared/ipc/result';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: BridgeError }
  | { kind: 'conflict'; currentRevision: string | null; message: string };

export interface SaveRequest {
  baseRevision: string | null;
  article: Article;
  /** Saves over a version the reporter did not write ("Keep mine"): main keeps it in the history. */
  replacing?: true;
}

export type SaveFn = (
  request: SaveRequest,
) => Promise<Result<{ revision: string; updatedAt: string }>>;

export interface SaveQueueOptions {
  /** Builds the article to save from the current editor state; called once per save. */
  snapshot: () => Article;
  save: SaveFn;
  /** The revision the article was loaded at. */
  revision: string;
  delayMs?: number;
  onStateChange?: (state: SaveState) => void;
  /** After each successful write, with what was written. */
  onSaved?: (article: Article, revision: string, updatedAt: string) => void;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export const AUTOSAVE_DELAY_MS = 700;

export class SaveQueue {
  private revision: string | null;
  /** Bumped on every edit; a save records the version it captured. */
  private editVersion = 0;
  private savedVersion = 0;
  /** Set by keepMine until a save lands: the version on disk it saves over is someone else's. */
  private replacing = false;
  private inFlight: Promise<void> | null = null;
  private timer: unknown = null;
  private state: SaveState = { kind: 'saved' };
  private disposed = false;
  private readonly delayMs: number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: SaveQueueOptions) {
    this.revision = options.revision;
    this.delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer =
      options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  getState(): SaveState {
    return this.state;
  }

  getRevision(): string | null {
    return this.revision;
  }

  hasUnsavedEdits(): boolean {
    return this.editVersion !== this.savedVersion;
  }

  /** Records an edit and schedules a save after the debounce delay. */
  markDirty(): void {
    if (this.disposed) return;
    this.editVersion += 1;
    // While a conflict waits for the user's choice, edits accumulate but are not
    // written: each write would be refused again.
    if (this.state.kind === 'conflict') return;
    if (this.state.kind !== 'saving') this.setState({ kind: 'dirty' });
    this.schedule();
  }

  /**
   * Saves now whatever is unsaved and waits until it is on disk (or failed).
   * Resolves true when everything edited so far is saved.
   */
  async flush(): Promise<boolean> {
    // Loops because edits can arrive while a save is in flight.
    for (;;) {
      this.cancelTimer();
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (this.disposed || this.state.kind === 'conflict') return !this.hasUnsavedEdits();
      if (!this.hasUnsavedEdits()) return true;
      await this.saveNow();
      if (this.isBlocked()) return false;
    }
  }

  /** The user chose to overwrite what is on disk with the editor's version. */
  async keepMine(): Promise<boolean> {
    if (this.state.kind !== 'conflict') return this.flush();
    this.revision = this.state.currentRevision;
    this.replacing = true;
    // Make sure the next save happens even if nothing was typed since.
    if (!this.hasUnsavedEdits()) this.editVersion += 1;
    this.setState({ kind: 'dirty' });
    return this.flush();
  }

  /** Stops all future saves (the article was closed after a flush, or reloaded). */
  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
  }

  /** A failed or refused save: flush stops there rather than retrying in a loop. */
  private isBlocked(): boolean {
    return this.state.kind === 'failed' || this.state.kind === 'conflict';
  }

  private schedule(): void {
    this.cancelTimer();
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.saveNow();
    }, this.delayMs);
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
  }

  /** Starts a save unless one is in flight (then the one after it picks up the edits). */
  private saveNow(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.disposed || !this.hasUnsavedEdits()) return Promise.resolve();
    const run = this.runSave().finally(() => {
      this.inFlight = null;
    });
    this.inFlight = run;
    return run;
  }

  private async runSave(): Promise<void> {
    // Capture everything synchronously before the first await.
    const version = this.editVersion;
    const baseRevision = this.revision;
    const replacing = this.replacing;
    let article: Article;
    try {
      article = this.options.snapshot();
    } catch (error) {
      this.setState({ kind: 'failed', error: { code: 'io', message: String(error) } });
      return;
    }
    this.setState({ kind: 'saving' });

    let result: Awaited<ReturnType<SaveFn>>;
    try {
      result = await this.options.save(
        replacing ? { baseRevision, article, replacing } : { baseRevision, article },
      );
    } catch (error) {
      result = { ok: false, error: { code: 'io', message: String(error) } };
    }
    if (this.disposed) return;

    if (!result.ok) {
      if (result.error.code === 'conflict') {
        this.setState({
          kind: 'conflict',
          currentRevision: result.error.currentRevision ?? null,
          message: result.error.message,
        });
      } else {
        // Edits stay in the editor; the next edit or an explicit flush retries.
        this.setState({ kind: 'failed', error: result.error });
      }
      return;
    }

    this.revision = result.value.revision;
    this.savedVersion = version;
    if (replacing) this.replacing = false;
    this.options.onSaved?.(article, result.value.revision, result.value.updatedAt);
    if (this.hasUnsavedEdits()) {
      // Edits arrived while this save was in flight: write the latest state next.
      this.setState({ kind: 'dirty' });
      if (this.timer === null) this.schedule();
    } else {
      this.setState({ kind: 'saved' });
    }
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.options.onStateChange?.(state);
  }
}

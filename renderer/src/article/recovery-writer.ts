/**
 * The renderer's half of the recovery journal: numbers every edit and sends
 * the unsaved article to main's journal about a second after typing stops,
 * separately from the autosave (which may be slower, refused or failing).
 * During continuous typing it still writes at least once a second (`maxWaitMs`),
 * so a crash loses at most about a second of typing (DESIGN.md, Reliability).
 *
 * A save carries the sequence it captured (`captureForSave` at snapshot time)
 * and main drops the entry once that save is on disk; `saved` tells this
 * writer, so it stops journaling what is already saved.
 * No React, so it is tested in Node with fake timers and a fake bridge.
 */
import type { Article } from '../../../shared/article/schema';
import type { Result } from '../../../shared/ipc/result';

export interface JournalWriteRequest {
  article: Article;
  baseRevision: string | null;
  session: string;
  sequence: number;
}

export interface RecoveryWriterOptions {
  session: string;
  snapshot: () => Article;
  /** The revision the edits are based on: the save queue's current one. */
  baseRevision: () => string | null;
  write: (request: JournalWriteRequest) => Promise<Result<unknown>>;
  delayMs?: number;
  maxWaitMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  now?: () => number;
}

export const JOURNAL_DELAY_MS = 1000;

export class RecoveryWriter {
  private sequence = 0;
  private journaled = 0;
  private covered = 0;
  private firstUnjournaledAt: number | null = null;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private disposed = false;
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private readonly now: () => number;

  constructor(private readonly options: RecoveryWriterOptions) {
    this.delayMs = options.delayMs ?? JOURNAL_DELAY_MS;
    this.maxWaitMs = options.maxWaitMs ?? JOURNAL_DELAY_MS;
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer =
      options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.now = options.now ?? (() => Date.now());
  }

  /** The number of the latest edit. */
  get currentSequence(): number {
    return this.sequence;
  }

  noteEdit(): void {
    if (this.disposed) return;
    this.sequence += 1;
    const now = this.now();
    this.firstUnjournaledAt ??= now;
    const waitedMs = now - this.firstUnjournaledAt;
    this.cancelTimer();
    this.timer = this.setTimer(
      () => {
        this.timer = null;
        void this.writeNow();
      },
      Math.max(0, Math.min(this.delayMs, this.maxWaitMs - waitedMs)),
    );
  }

  /** Called when a save snapshots the article: the sequence that save will cover. */
  captureForSave(): number {
    return this.sequence;
  }

  /** A save holding every edit up to `sequence` succeeded (main has dropped the entry). */
  saved(sequence: number): void {
    if (sequence <= this.covered) return;
    this.covered = sequence;
    if (this.sequence === sequence) {
      // Nothing left to journal: the pending write would only be ignored by main.
      this.cancelTimer();
      this.firstUnjournaledAt = null;
    }
  }

  /** The mark a save sends with its snapshot. */
  markFor(sequence: number): { session: string; sequence: number } {
    return { session: this.options.session, sequence };
  }

  /** Journals the unsaved edits now (window hidden, quitting); resolves when written or failed. */
  async flush(): Promise<void> {
    this.cancelTimer();
    await this.writeNow();
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
  }

  private async writeNow(): Promise<void> {
    // One write at a time; the one after it picks up what was typed meanwhile.
    while (this.inFlight) await this.inFlight;
    if (this.disposed) return;
    const sequence = this.sequence;
    if (sequence <= this.journaled || sequence <= this.covered) return;
    let article: Article;
    try {
      article = this.options.snapshot();
    } catch {
      return;
    }
    this.firstUnjournaledAt = null;
    const run = this.options
      .write({
        article,
        baseRevision: this.options.baseRevision(),
        session: this.options.session,
        sequence,
      })
      .then(
        (result) => {
          if (result.ok) this.journaled = Math.max(this.journaled, sequence);
        },
        () => undefined,
      );
    this.inFlight = run.finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }
}

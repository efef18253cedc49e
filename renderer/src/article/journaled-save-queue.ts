/**
 * The autosave queue with the recovery journal attached: every edit is also
 * numbered for the journal, and a flush (switching article, window hidden,
 * quitting) journals the unsaved text at once while the save runs, so that a
 * failing or slow save still leaves the words on disk outside the library.
 */
import { SaveQueue, type SaveQueueOptions } from './save-queue';
import type { RecoveryWriter } from './recovery-writer';

export class JournaledSaveQueue extends SaveQueue {
  constructor(
    options: SaveQueueOptions,
    private readonly journal: RecoveryWriter,
  ) {
    super(options);
  }

  override markDirty(): void {
    super.markDirty();
    this.journal.noteEdit();
  }

  /**
   * The journal write starts at once, beside the save. When the save fails,
   * the words are only in that journal write: the caller (switching article,
   * closing the window, quitting) waits until it is done, so the window never
   * closes while it is on its way.
   */
  override async flush(): Promise<boolean> {
    const journaled = this.hasUnsavedEdits() ? this.journal.flush() : null;
    const saved = await super.flush();
    if (!saved && journaled) await journaled.catch(() => undefined);
    return saved;
  }

  override dispose(): void {
    super.dispose();
    this.journal.dispose();
  }
}

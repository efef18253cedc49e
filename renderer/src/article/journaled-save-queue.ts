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

  override async flush(): Promise<boolean> {
    if (this.hasUnsavedEdits()) void this.journal.flush();
    return super.flush();
  }

  override dispose(): void {
    super.dispose();
    this.journal.dispose();
  }
}

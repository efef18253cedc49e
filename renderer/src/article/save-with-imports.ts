/**
 * The open article's save when the reporter leaves it (another article, a
 * restore, quit): what is typed is saved first; then photos still importing
 * are waited for, at most `importWaitMs`, and saved with their figures (an
 * article left before its figure landed lost the figure: pending-imports.ts).
 * Saving first matters on quit, where main waits 4 s for the answer
 * (renderer-flush.ts): a wait for a slow import must never come before it.
 */
import { importsPending, importsSettled } from '../editor/figure/pending-imports';

export async function saveWithImports(
  queue: { flush(): Promise<boolean> },
  importWaitMs: number,
): Promise<boolean> {
  if (!(await queue.flush())) return false;
  if (!importsPending()) return true;
  await importsSettled(importWaitMs);
  return queue.flush();
}

/**
 * Image imports still on their way, window-wide. An import places its figure
 * when main has stored the image (a second or more for a large photo); an
 * article left meanwhile had its editor closed under it, and the figure went
 * nowhere, with no message. Leaving an article (and any save asked for)
 * first waits for them here, so their figures land and are saved with it.
 */
const pending = new Set<Promise<unknown>>();

/** How long a save waits for imports at most: a stuck import must not hold the article forever. */
export const IMPORT_WAIT_LIMIT_MS = 30_000;

export function trackImport<T>(work: Promise<T>): Promise<T> {
  pending.add(work);
  const done = () => pending.delete(work);
  work.then(done, done);
  return work;
}

export function importsPending(): boolean {
  return pending.size > 0;
}

/** Resolves when every import started so far has placed its figures (or after the limit). */
export async function importsSettled(limitMs = IMPORT_WAIT_LIMIT_MS): Promise<void> {
  if (pending.size === 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    Promise.allSettled([...pending]),
    new Promise((resolve) => (timer = setTimeout(resolve, limitMs))),
  ]);
  clearTimeout(timer);
}

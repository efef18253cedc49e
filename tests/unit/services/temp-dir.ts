/**
 * Fresh temporary folders for tests that touch real files, removed after each
 * test. Removal retries: the store may still be writing its summary index
 * (a cache it writes in the background) while the folder is removed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export function useTempDirs(): () => Promise<string> {
  const created: string[] = [];
  afterEach(async () => {
    await Promise.all(
      created.splice(0).map((dir) => rm(dir, { recursive: true, force: true, maxRetries: 5 })),
    );
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsdesk-test-'));
    created.push(dir);
    return dir;
  };
}

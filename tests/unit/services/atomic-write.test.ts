import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUSY_RETRY_DELAYS_MS,
  retryWhileBusy,
  writeFileAtomic,
} from '../../../electron/services/atomic-write';
import { useTempDirs } from './temp-dir';

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: operation not permitted, rename`), { code });
}

/** An operation that fails with `code` the first `failures` times, then returns 'done'. */
function flakyOperation(code: string, failures: number) {
  let calls = 0;
  const operation = async () => {
    calls++;
    if (calls <= failures) throw errnoError(code);
    return 'done';
  };
  return { operation, calls: () => calls };
}

describe('retryWhileBusy', () => {
  it('retries a rename that fails twice with EPERM and then succeeds', async () => {
    const flaky = flakyOperation('EPERM', 2);
    await expect(retryWhileBusy(flaky.operation, { delaysMs: [1, 2, 4] })).resolves.toBe('done');
    expect(flaky.calls()).toBe(3);
  });

  it.each(['EBUSY', 'EACCES'])('retries %s as well', async (code) => {
    const flaky = flakyOperation(code, 1);
    await expect(retryWhileBusy(flaky.operation, { delaysMs: [1] })).resolves.toBe('done');
  });

  it('gives up with the original error after the backoff attempts', async () => {
    const flaky = flakyOperation('EPERM', Infinity);
    await expect(retryWhileBusy(flaky.operation, { delaysMs: [1, 2, 4] })).rejects.toMatchObject({
      code: 'EPERM',
    });
    expect(flaky.calls()).toBe(4);
  });

  it('waits 200, 400 and 800 ms by default', async () => {
    const waits: number[] = [];
    const flaky = flakyOperation('EBUSY', Infinity);
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    await expect(retryWhileBusy(flaky.operation, { sleep })).rejects.toMatchObject({
      code: 'EBUSY',
    });
    expect(waits).toEqual([200, 400, 800]);
    expect(BUSY_RETRY_DELAYS_MS).toEqual([200, 400, 800]);
  });

  it('does not retry other errors', async () => {
    const flaky = flakyOperation('ENOENT', 1);
    await expect(retryWhileBusy(flaky.operation, { delaysMs: [1, 2, 4] })).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(flaky.calls()).toBe(1);
  });
});

describe('writeFileAtomic', () => {
  const tempDir = useTempDirs();

  it('replaces the file and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const target = join(dir, 'article.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new: Tiếng Việt');
    expect(await readFile(target, 'utf8')).toBe('new: Tiếng Việt');
    expect(await readdir(dir)).toEqual(['article.json']);
  });

  it('writes bytes unchanged', async () => {
    const dir = await tempDir();
    const target = join(dir, 'data.bin');
    const bytes = Uint8Array.from([0, 1, 2, 255, 254]);
    await writeFileAtomic(target, bytes);
    expect(Buffer.compare(await readFile(target), Buffer.from(bytes))).toBe(0);
  });
});

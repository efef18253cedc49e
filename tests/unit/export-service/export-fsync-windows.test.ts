/**
 * An export fsyncs each copied photo. On Windows, fsync is FlushFileBuffers,
 * which needs a handle opened for writing: on a read-only handle it fails with
 * EPERM (nodejs/node#3879), and every export with a photo failed there. This
 * file gives `node:fs/promises` Windows' rule for files (directories are not
 * fsynced on Windows at all, atomic-write.ts) and exports an article with photos.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof fs.open = async (file, flags, mode) => {
    const handle = await fs.open(file, flags, mode);
    const readOnly = flags === undefined || flags === 'r';
    if (!readOnly || (await handle.stat()).isDirectory()) return handle;
    handle.sync = () =>
      Promise.reject(
        Object.assign(new Error('EPERM: operation not permitted, fsync'), { code: 'EPERM' }),
      );
    return handle;
  };
  return { ...fs, default: { ...fs, open }, open };
});

const { useTempDirs } = await import('../services/temp-dir');
const { MAIN_SLUG, exportMainArticle } = await import('./library-fixture');

const tempDir = useTempDirs();

describe('exportArticle where fsync needs a writable handle (Windows)', () => {
  it('exports an article with photos', async () => {
    const { result, outDir } = await exportMainArticle(await tempDir());

    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(
      (await stat(path.join(outDir, MAIN_SLUG, 'images', `${MAIN_SLUG}-1.jpg`))).isFile(),
    ).toBe(true);
  });
});

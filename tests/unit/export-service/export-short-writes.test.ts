/**
 * A write may store fewer bytes than it was given (a network share, a disk
 * filling up): `FileHandle.write` says how many in `bytesWritten`, and the
 * rest must be written again. This file gives `node:fs/promises` such short
 * writes and checks that an exported photo holds every byte of the stored one.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof fs.open = async (file, flags, mode) => {
    const handle = await fs.open(file, flags, mode);
    const write = handle.write.bind(handle) as (
      buffer: Buffer,
      offset?: number,
      length?: number,
    ) => Promise<{ bytesWritten: number; buffer: Buffer }>;
    // At most 100 bytes a call, as a short write would leave it.
    Object.assign(handle, {
      write: (buffer: Buffer, offset = 0, length = buffer.length - offset) =>
        write(buffer, offset, Math.min(length, 100)),
    });
    return handle;
  };
  return { ...fs, default: { ...fs, open }, open };
});

const { useTempDirs } = await import('../services/temp-dir');
const { MAIN_ID, MAIN_SLUG, exportMainArticle } = await import('./library-fixture');

const tempDir = useTempDirs();

describe('exportArticle where a write stores part of its bytes', () => {
  it('copies each photo whole', async () => {
    const { result, libraryPath, outDir } = await exportMainArticle(await tempDir());

    expect(result.ok, JSON.stringify(result)).toBe(true);
    const assets = path.join(libraryPath, MAIN_ID, 'assets');
    const stored = await Promise.all(
      (await readdir(assets)).map((name) => readFile(path.join(assets, name))),
    );
    const exported = await readFile(path.join(outDir, MAIN_SLUG, 'images', `${MAIN_SLUG}-1.jpg`));
    expect(exported.length).toBeGreaterThan(100);
    expect(stored.some((bytes) => bytes.equals(exported))).toBe(true);
  });
});

/**
 * Reading a file that ought to be a regular file, in a folder that may hold
 * anything (a shared or synced library, an export destination): a named pipe
 * put in its place made a plain read wait for a writer forever, holding one of
 * the few threads all of main's file operations share. Opened non-blocking
 * (for a regular file the flag changes nothing), and read only when it is a
 * regular file of a sane size.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Read-only, and non-blocking where there is such a thing (not on Windows). */
export const NON_BLOCKING_READ = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The file's bytes, or null when it is not a regular file (a pipe, a device, a
 * folder) or is larger than `maxBytes`. File system errors are thrown.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<Buffer | null> {
  const handle = await open(file, NON_BLOCKING_READ);
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > maxBytes) return null;
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

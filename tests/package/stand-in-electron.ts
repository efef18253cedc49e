/**
 * A stand-in for Electron's Linux x64 distribution, for packaging without the
 * real binary (which cannot be downloaded on the build machines). For a folder
 * given as `electronDist`, electron-builder copies the folder as it is and
 * renames its `electron` executable to the app's executable name
 * (app-builder-lib/out/electron/ElectronFramework.js, "custom unpacked Electron
 * distribution"); nothing else is required. @electron/fuses then flips the
 * fuses in that executable, which it finds after a sentinel string: the
 * stand-in carries the sentinel and a version-1 fuse wire, so the check can read
 * back the fuses electron-builder.yml asked for.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** @electron/fuses' SENTINEL (dist/constants.js). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** The eight fuses of wire version 1, in FuseV1Options order. */
export const FUSE_WIRE_LENGTH = 8;
/** FuseState's byte values ('0' disabled, '1' enabled). */
export const FUSE_DISABLED = 0x30;
export const FUSE_ENABLED = 0x31;

export async function createStandInElectronDist(folder: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const executable = path.join(folder, 'electron');
  const wire = Buffer.alloc(FUSE_WIRE_LENGTH, FUSE_ENABLED);
  await writeFile(
    executable,
    Buffer.concat([
      Buffer.from('#!/bin/sh\necho "stand-in Electron for the packaging check" >&2\nexit 1\n'),
      Buffer.from(FUSE_SENTINEL),
      Buffer.from([1, FUSE_WIRE_LENGTH]),
      wire,
    ]),
  );
  await chmod(executable, 0o755);
  return folder;
}

/** The fuse bytes after the sentinel in a (stand-in or real) Electron executable. */
export function readFuseWire(executable: Buffer): number[] {
  const at = executable.indexOf(FUSE_SENTINEL);
  if (at === -1) throw new Error('No fuse sentinel in the executable');
  const start = at + FUSE_SENTINEL.length;
  const length = executable[start + 1] ?? 0;
  return [...executable.subarray(start + 2, start + 2 + length)];
}

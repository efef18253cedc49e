/**
 * A related-news link to an article that is not exported in this run leads to
 * its page already in the destination: its latest one, when the article was
 * exported under an older slug too.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readExistingExports,
  OWNER_FILE,
  ownerMarker,
} from '../../../electron/services/export-folders';
import { planExport, type ExistingFolders } from '../../../shared/export/export-plan';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();
const STORY = 'a0000000-0000-4000-8000-000000000001';
const TET = 'a0000000-0000-4000-8000-000000000002';
const library = [
  { id: STORY, headline: 'Chợ hoa ngày giáp Tết', slug: '' },
  // Exported as "tet-2025" first; the editor then typed "tet" and exported it again.
  { id: TET, headline: 'Tết Nguyên đán', slug: 'tet' },
];

function linkToTet(existing: ExistingFolders): string | null {
  return planExport(library, new Set([STORY]), existing).resolveArticleLink(TET);
}

describe('a link to an article exported under two slugs', () => {
  it('leads to the folder of its slug now, whatever order the folders are listed in', () => {
    const owners = (names: string[]) => new Map(names.map((name) => [name, TET]));
    const bases = new Map([
      ['tet-2025', 'tet-2025'],
      ['tet', 'tet'],
    ]);
    for (const order of [
      ['tet-2025', 'tet'],
      ['tet', 'tet-2025'],
    ]) {
      expect(linkToTet({ owners: owners(order), bases, foreign: new Set() })).toBe(
        '../tet/index.html',
      );
    }
  });

  it('reads both folders from the destination and links to the latest', async () => {
    const out = await tempDir();
    for (const [folder, base] of [
      ['tet-2025', 'tet-2025'],
      ['tet', 'tet'],
    ] as const) {
      await mkdir(path.join(out, folder));
      await writeFile(path.join(out, folder, 'index.html'), '<!DOCTYPE html>');
      await writeFile(path.join(out, folder, OWNER_FILE), ownerMarker(TET, base));
    }
    expect((await readdir(out)).sort()).toEqual(['tet', 'tet-2025']);
    expect(linkToTet(await readExistingExports(out))).toBe('../tet/index.html');
  });
});

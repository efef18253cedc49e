/**
 * Kills real processes in the middle of saves: whatever the moment, the file
 * must be the previous or the next article, whole. The service is bundled with
 * esbuild so that a plain `node` child runs exactly the code under test.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ArticleStore, serializeArticle } from '../../../electron/services/article-store';
import { newArticle, type Article } from '../../../shared/article/schema';
import { useTempDirs } from './temp-dir';

const ARTICLE_ID = 'crash-test-article';
const KILLS = 20;
const MAX_KILL_DELAY_MS = 40;

/** An article of about 2 MB, different in every byte range from its sibling. */
function bigArticle(letter: string): Buffer {
  const article: Article = newArticle(ARTICLE_ID, new Date('2025-01-01T00:00:00.000Z'));
  article.headline = `Bản ${letter}`;
  article.body.root.children = [
    {
      type: 'paragraph',
      version: 1,
      children: [{ type: 'text', version: 1, text: `${letter} `.repeat(1_000_000) }],
    },
  ];
  return serializeArticle(article);
}

/** The child's loop: `writeFileAtomic`, or the save's `writeFileAtomicIf` with its check passing. */
const childScript = (write: 'writeFileAtomic' | 'writeFileAtomicIf') => `
const { readFileSync } = require('node:fs');
const atomic = require(process.argv[2]);
const [target, first, second] = process.argv.slice(3);
const contents = [readFileSync(second), readFileSync(first)];
const write = (data) =>
  ${write === 'writeFileAtomic' ? 'atomic.writeFileAtomic(target, data)' : 'atomic.writeFileAtomicIf(target, data, async () => true)'};
process.stdout.write('ready\\n');
(async () => {
  for (let i = 0; ; i++) await write(contents[i % 2]);
})();
`;

function runUntilKilled(args: string[], delayMs: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    child.once('error', reject);
    child.once('exit', () => resolvePromise());
    child.stdout.once('data', () => {
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
  });
}

describe('a process killed while saving', () => {
  const tempDir = useTempDirs();

  it.each(['writeFileAtomic', 'writeFileAtomicIf'] as const)(
    '%s leaves the old or the new file, whole, every time',
    { timeout: 120_000 },
    async (write) => {
      const dir = await tempDir();
      const bundle = join(dir, 'atomic-write.cjs');
      await build({
        entryPoints: [resolve('electron/services/atomic-write.ts')],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        outfile: bundle,
        logLevel: 'silent',
      });
      const childScriptPath = join(dir, 'save-loop.cjs');
      await writeFile(childScriptPath, childScript(write));

      const contentA = bigArticle('A');
      const contentB = bigArticle('B');
      const aPath = join(dir, 'a.json');
      const bPath = join(dir, 'b.json');
      await writeFile(aPath, contentA);
      await writeFile(bPath, contentB);

      const library = join(dir, 'library');
      const target = join(library, ARTICLE_ID, 'article.json');
      await mkdir(join(library, ARTICLE_ID), { recursive: true });
      await writeFile(target, contentA);

      const seen = { A: 0, B: 0 };
      for (let kill = 0; kill < KILLS; kill++) {
        const delay = Math.floor(Math.random() * (MAX_KILL_DELAY_MS + 1));
        await runUntilKilled([childScriptPath, bundle, target, aPath, bPath], delay);
        const onDisk = await readFile(target);
        const isA = onDisk.equals(contentA);
        const isB = onDisk.equals(contentB);
        expect(
          isA || isB,
          `after kill ${kill} (${delay} ms) the file is neither version (${onDisk.length} bytes)`,
        ).toBe(true);
        seen[isA ? 'A' : 'B']++;
        expect(JSON.parse(onDisk.toString('utf8')).id).toBe(ARTICLE_ID);
      }

      // Killed writers may leave temp files next to article.json: they must not
      // show up as articles or as damage.
      const store = new ArticleStore({ libraryPath: library });
      const listing = await store.list();
      expect(listing.ok && listing.value.articles.map((a) => a.id)).toEqual([ARTICLE_ID]);
      expect(listing.ok && listing.value.damaged).toEqual([]);
      const loaded = await store.load(ARTICLE_ID);
      expect(loaded.ok).toBe(true);
      const leftovers = (await readdir(join(library, ARTICLE_ID))).filter(
        (name) => name !== 'article.json',
      );
      console.info(
        `kill test (${write}): ${seen.A}× old, ${seen.B}× new, ${leftovers.length} temp files left by killed writers`,
      );
    },
  );
});

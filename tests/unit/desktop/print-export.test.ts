// Print prints the article as exported: the same page HTML in a temporary
// folder, removed afterwards.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ArticleStore } from '../../../electron/services/article-store';
import { exportForPrint } from '../../../electron/services/print-export';
import { useTempDirs } from '../services/temp-dir';

const tempDir = useTempDirs();

describe('exporting for print', () => {
  it('writes the exported page to a temporary folder and removes it when done', async () => {
    const libraryPath = await tempDir();
    const store = new ArticleStore({ libraryPath });
    const created = await store.create();
    if (!created.ok) throw new Error(created.error.message);
    const article = { ...created.value.article, headline: 'Hà Nội đón đợt rét đậm' };

    const page = await exportForPrint(article, libraryPath);
    if (!page.ok) throw new Error(page.error.message);
    const html = await readFile(page.value.indexPath, 'utf8');
    expect(html).toContain('<h1>Hà Nội đón đợt rét đậm</h1>');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(page.value.indexPath.startsWith(libraryPath)).toBe(false);

    await page.value.dispose();
    expect(existsSync(page.value.indexPath)).toBe(false);
  });

  it('refuses an article the export refuses, leaving nothing behind', async () => {
    const libraryPath = await tempDir();
    const store = new ArticleStore({ libraryPath });
    const created = await store.create();
    if (!created.ok) throw new Error(created.error.message);
    const page = await exportForPrint({ ...created.value.article, headline: '' }, libraryPath);
    expect(page.ok).toBe(false);
  });
});

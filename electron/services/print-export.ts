/**
 * Print and "Save as PDF" print the article as exported (issue #10): the saved
 * article goes through the same export as the Export command into a private
 * temporary folder (page HTML plus its images), which a hidden, script-less
 * window then prints. Plain Node; electron/main/print.ts does the printing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../../shared/article/schema';
import { singleExportSlug } from '../../shared/export/export-plan';
import { ok, type Result } from '../../shared/ipc/result';
import { exportArticle } from './article-export';

export interface PrintablePage {
  indexPath: string;
  slug: string;
  /** Removes the temporary export; call once printing is done. */
  dispose(): Promise<void>;
}

export async function exportForPrint(
  article: Article,
  libraryPath: string,
): Promise<Result<PrintablePage>> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'newsdesk-print-'));
  const dispose = () => rm(outDir, { recursive: true, force: true });
  const slug = singleExportSlug({ slug: article.meta.slug, headline: article.headline });
  const exported = await exportArticle({
    article,
    libraryPath,
    outDir,
    slug,
    format: 'page',
    // Links to other library articles have no published address on paper.
    resolveArticleLink: () => null,
  });
  if (!exported.ok) {
    await dispose();
    return exported;
  }
  return ok({ indexPath: exported.value.indexPath, slug: exported.value.slug, dispose });
}

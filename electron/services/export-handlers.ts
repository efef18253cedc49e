/**
 * The `article:export` handler (issue #5): the saved article, through the same
 * export service as the CLI, into a destination main decides. Electron injects
 * `chooseExportFolder` (a dialog in electron/main/); without it (the web host)
 * exports go to `<library>/exports`, which the store's list never mistakes for
 * an article (it is not an article id). A successful export also snapshots the
 * article in its version history (reason "export").
 */
import { plannedExportSlug, planExport } from '../../shared/export/export-plan';
import type { ExportResponseMap } from '../../shared/ipc/export-channels';
import { exportRequestSchemas } from '../../shared/ipc/export-channels';
import { ok, type Result } from '../../shared/ipc/result';
import type { ArticleStore } from './article-store';
import { exportArticle } from './article-export';
import { readExistingExports } from './export-folders';
import { libraryExportsFolder } from './library-exports-folder';
import type { VersionHistory } from './version-history';

export interface ExportHandlerContext {
  store: ArticleStore;
  libraryPath: string;
  /** Electron only: asks the user for a folder; null when they cancel. */
  chooseExportFolder?: () => Promise<string | null>;
  /** The version history: every export snapshots the article as exported (issue #5). */
  recovery?: { history: Pick<VersionHistory, 'snapshotExport'> };
}

type ExportHandlers = {
  [C in keyof typeof exportRequestSchemas]: (
    request: ReturnType<(typeof exportRequestSchemas)[C]['parse']>,
  ) => Promise<Result<ExportResponseMap[C]>>;
};

export function createExportHandlers(context: ExportHandlerContext): ExportHandlers {
  return {
    'article:export': async ({ id }) => {
      const loaded = await context.store.load(id);
      if (!loaded.ok) return loaded;
      const { article } = loaded.value;
      // The folder name is planned against the destination (export-plan.ts):
      // the article keeps the folder it was exported to before, a folder of
      // another article or of the reporter's own is never taken (a newer
      // article with yesterday's headline gets "-2"), and a reserved name
      // ("Con") is renamed. Not against the rest of the library: five drafts
      // titled "Giá vàng hôm nay" made the first export into an empty folder
      // "-5". Related-news links lead to a library article's published URL, or
      // to its export when that is in the destination.
      const listing = await context.store.list();
      if (!listing.ok) return listing;
      const summaries = listing.value.articles;

      let destination: string | null;
      if (context.chooseExportFolder) destination = await context.chooseExportFolder();
      else {
        // A link where `<library>/exports` should be is refused, not written through.
        const folder = await libraryExportsFolder(context.libraryPath);
        if (!folder.ok) return folder;
        destination = folder.value;
      }
      if (destination === null) return ok({ kind: 'cancelled' });
      // Folders already there keep their owners (export-folders.ts).
      const plan = planExport(
        summaries,
        new Set([article.id]),
        await readExistingExports(destination),
      );

      const exported = await exportArticle({
        article,
        libraryPath: context.libraryPath,
        outDir: destination,
        slug: plannedExportSlug(plan.slugs, article),
        format: 'page',
        resolveArticleLink: plan.resolveArticleLink,
      });
      if (!exported.ok) return exported;
      // "What did we publish?" stays answerable from the history: the article
      // rendered, not the file now (a save may have landed meanwhile). The
      // export has happened either way, so a failed snapshot does not fail it.
      await context.recovery?.history.snapshotExport(article).catch(() => undefined);
      const { folder, slug, indexPath } = exported.value;
      return ok({ kind: 'exported', folder, slug, indexPath });
    },
  };
}

/**
 * The handler table: one function per bridge channel, served by both hosts
 * (ipcMain in Electron, HTTP in the web host). `dispatch` is the only entry:
 * it refuses unknown channels and validates every payload against the channel
 * map's schema before a handler sees it, because types vanish at the boundary.
 */
import {
  isChannel,
  requestSchemas,
  type AppInfo,
  type Channel,
  type ResponseOf,
} from '../../shared/ipc/channels';
import { fail, ok, type LocalizedDetail, type Result } from '../../shared/ipc/result';
import type { ArticleStore } from './article-store';
import { assetUrl, resolveAssetPath } from './asset-paths';
import { createExportHandlers } from './export-handlers';
import { fileSystemDetail } from './file-system-detail';
import { imageLimits, importImage } from './image-import';
import { copyImageBetweenArticles } from './image-copy';
import { chooseAndImportImages } from './image-file-import';
import {
  createRecoveryHandlers,
  createWatchedArticleHandlers,
  saveAsCopy,
  type RecoveryServices,
} from './recovery-handlers';
import type { SettingsService } from './settings';
import { resolveHouseStyle } from '../../shared/house-style';
import { DEFAULT_MAX_IMAGE_BYTES } from '../../shared/settings';

export interface HandlerContext {
  store: ArticleStore;
  settings: SettingsService;
  host: AppInfo['host'];
  /** Locales of the operating system, most preferred first. */
  systemLocales: string[];
  /** NEWSDESK_LANG, when set. */
  languageOverride?: string;
  /** Library path in force (NEWSDESK_LIBRARY overrides the setting). */
  libraryPath: string;
  /**
   * Said to the user at start (a settings file set aside), in their language:
   * taken out by the first `app:info`, so each is said once.
   */
  notices: LocalizedDetail[];
  /** Journal, history and external-change watcher (issue #6); built by createAppServices. */
  recovery: RecoveryServices;
  /** Electron only: reveal a file in the system's file manager. */
  showInFolder?: (filePath: string) => void;
  /** Electron only: the export folder dialog; without it exports go to `<library>/exports`. */
  chooseExportFolder?: () => Promise<string | null>;
  /** Electron only: the "Insert image" file dialog (paths chosen in main; none when cancelled). */
  chooseImageFiles?: () => Promise<string[]>;
  /** Electron only: the window shows an article, or none (`app:article-shown`), for the menu. */
  onArticleShown?: (open: boolean) => void;
}

type HandlerTable = {
  [C in Channel]: (
    request: ReturnType<(typeof requestSchemas)[C]['parse']>,
  ) => Promise<Result<ResponseOf<C>>>;
};

export type Dispatch = (channel: unknown, request: unknown) => Promise<Result<unknown>>;

export function createHandlers(context: HandlerContext): HandlerTable {
  const { store, settings } = context;
  const appInfo = (): AppInfo => {
    const current = settings.get();
    return {
      host: context.host,
      language: settings.effectiveLanguage(context.systemLocales, context.languageOverride),
      languageChoice: current.language,
      houseStyle: resolveHouseStyle(current.houseStyle),
      libraryPath: context.libraryPath,
      maxImageBytes: current.maxImageBytes ?? DEFAULT_MAX_IMAGE_BYTES,
      ...(current.lastArticleId ? { lastArticleId: current.lastArticleId } : {}),
      notices: [],
    };
  };
  return {
    // The start-up notices are said once, to the first page that asks: the
    // array is the settings' own, shared by services rebuilt on another
    // library, so neither a reload nor File ▸ Open library (which reloads the
    // window) said "your settings file was set aside" again.
    'app:info': async () => ok({ ...appInfo(), notices: context.notices.splice(0) }),
    'settings:update': async ({ houseStyle, ...patch }) => {
      const updated = settings.update({
        ...patch,
        // Only the values the page changed: the rest stay as stored (settingsPatchSchema).
        ...(houseStyle && {
          houseStyle: { ...resolveHouseStyle(settings.get().houseStyle), ...houseStyle },
        }),
      });
      if (!updated.ok) return updated;
      // An explicit choice in the UI wins over the launch-time override from then on.
      if (patch.language) delete context.languageOverride;
      return ok(appInfo());
    },
    'app:last-article': async ({ id }) => {
      const updated = settings.update({ lastArticleId: id });
      return updated.ok ? ok({ id }) : updated;
    },
    'app:article-shown': async ({ open }) => {
      context.onArticleShown?.(open);
      return ok({ open });
    },
    'library:list': ({ fromIndex }) => (fromIndex ? store.listFromIndex() : store.list()),
    'library:check': async ({ version }) => {
      const listed = await store.list();
      if (!listed.ok) return listed;
      return ok({ listing: listed.value.version === version ? null : listed.value });
    },
    // Create, load and save keep the history and the external-change watcher informed.
    ...createWatchedArticleHandlers(context),
    'article:trash': ({ id }) => store.trash(id),
    'trash:list': () => store.listTrash(),
    'trash:restore': ({ trashId }) => store.restore(trashId),
    'trash:restore-copy': async ({ trashId }) => {
      const trashed = await store.loadTrashed(trashId);
      return trashed.ok ? saveAsCopy(store, trashed.value) : trashed;
    },
    ...createExportHandlers(context),
    'image:import': async ({ articleId, name, dataBase64 }) => {
      const stored = await importImage({
        libraryPath: context.libraryPath,
        articleId,
        bytes: Buffer.from(dataBase64, 'base64'),
        fileName: name,
        limits: imageLimits(settings),
      });
      if (!stored.ok) return stored;
      return ok({ ...stored.value, url: assetUrl(context.host, articleId, stored.value.assetId) });
    },
    // Checks the file is there (and servable) so the UI can show a "missing image"
    // placeholder instead of a broken one.
    'image:url': async ({ articleId, assetId }) => {
      const found = await resolveAssetPath(context.libraryPath, `/${articleId}/${assetId}`);
      if (!found) {
        return fail(
          'not-found',
          `Image ${assetId} is missing from article ${articleId}'s assets folder.`,
        );
      }
      return ok({ url: assetUrl(context.host, articleId, assetId) });
    },
    'image:copy': async ({ toArticleId, assetId, fromArticleId }) => {
      const copied = await copyImageBetweenArticles({
        libraryPath: context.libraryPath,
        toArticleId,
        assetId,
        fromArticleId,
      });
      if (!copied.ok) return copied;
      return ok({ ...copied.value, url: assetUrl(context.host, toArticleId, assetId) });
    },
    'image:choose-and-import': ({ articleId }) =>
      chooseAndImportImages({
        libraryPath: context.libraryPath,
        articleId,
        limits: imageLimits(settings),
        host: context.host,
        chooseImageFiles: context.chooseImageFiles,
      }),
    ...createRecoveryHandlers(context),
  };
}

export function createDispatch(handlers: HandlerTable): Dispatch {
  return async (channel, request) => {
    if (!isChannel(channel))
      return fail('invalid-request', `Unknown channel: ${String(channel).slice(0, 80)}`);
    let parsed: ReturnType<(typeof requestSchemas)[typeof channel]['safeParse']>;
    try {
      parsed = requestSchemas[channel].safeParse(request ?? {});
    } catch (error) {
      // zod's recursive body schema runs out of stack on a body thousands of
      // levels deep: a refusal like any other, not a thrown error (a 500).
      if (error instanceof RangeError)
        return fail('invalid-request', `Invalid ${channel} request: nested too deeply.`);
      throw error;
    }
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'request';
      return fail(
        'invalid-request',
        `Invalid ${channel} request at ${where}: ${issue?.message ?? 'malformed'}`,
      );
    }
    try {
      const handler = handlers[channel] as (request: unknown) => Promise<Result<unknown>>;
      return await handler(parsed.data);
    } catch (error) {
      return fail(
        'io',
        `${channel} failed: ${error instanceof Error ? error.message : String(error)}`,
        { detail: fileSystemDetail(error) },
      );
    }
  };
}

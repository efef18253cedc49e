/**
 * Composition of the services behind the bridge, shared by both hosts so the
 * Electron app and the web host cannot drift apart.
 */
import { DEFAULT_HISTORY_SETTINGS } from '../../shared/settings';
import { ArticleStore } from './article-store';
import { ArticleWatcher, type ExternalChangeListener } from './article-watcher';
import { createDispatch, createHandlers, type Dispatch, type HandlerContext } from './handlers';
import { RecoveryJournal } from './recovery-journal';
import type { RecoveryServices } from './recovery-handlers';
import { VersionHistory } from './version-history';

export interface AppServices {
  store: ArticleStore;
  dispatch: Dispatch;
  /** `recovery.history.snapshotExport(article)` snapshots an article at export. */
  recovery: RecoveryServices;
}

export interface AppServicesOptions extends Omit<HandlerContext, 'store' | 'recovery'> {
  /**
   * The recovery journal's folder, outside the library (Electron: userData/recovery;
   * web host: `recovery` beside the settings). Without it unsaved edits are not journaled.
   */
  recoveryDir?: string;
  /** Where the host tells the renderer about external changes (Electron pushes; the web host polls). */
  onExternalChange?: ExternalChangeListener;
  /**
   * True for the default library (Documents/Newsdesk), made with its parents on
   * a first start; a library the reporter chose must be inside a folder that
   * exists (ArticleStoreOptions.createLibraryParents).
   */
  libraryIsDefault?: boolean;
}

export function createAppServices(context: AppServicesOptions): AppServices {
  const { recoveryDir, onExternalChange, libraryIsDefault, ...handlerContext } = context;
  const store = new ArticleStore({
    libraryPath: context.libraryPath,
    createLibraryParents: libraryIsDefault ?? false,
  });
  const recovery: RecoveryServices = {
    journal: recoveryDir
      ? new RecoveryJournal({ dir: recoveryDir, libraryPath: context.libraryPath })
      : null,
    history: new VersionHistory({
      store,
      settings: () => context.settings.get().history ?? DEFAULT_HISTORY_SETTINGS,
    }),
    watcher: onExternalChange ? new ArticleWatcher({ store, onExternalChange }) : null,
  };
  const dispatch = createDispatch(createHandlers({ ...handlerContext, store, recovery }));
  return { store, dispatch, recovery };
}

/** The operating system's languages, most preferred first, from what plain Node can see. */
export function systemLocalesFromEnvironment(env: NodeJS.ProcessEnv): string[] {
  // GLib's order (g_get_language_names, what Electron asks on Linux): LANGUAGE,
  // a list of preferred languages ("vi:en"), before LC_ALL, LC_MESSAGES and
  // LANG. Put after LANG, it lost to an LANG=en_US kept for dates and numbers,
  // and the web host spoke English where the desktop app spoke Vietnamese.
  const fromEnv = [...(env.LANGUAGE ?? '').split(':'), env.LC_ALL, env.LC_MESSAGES, env.LANG]
    .filter((value): value is string => Boolean(value))
    .map((value) => value.split('.')[0]!.replace('_', '-'));
  return [...fromEnv, Intl.DateTimeFormat().resolvedOptions().locale];
}

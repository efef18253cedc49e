/**
 * Composition of the services behind the bridge, shared by both hosts so the
 * Electron app and the web host cannot drift apart.
 */
import { ArticleStore } from './article-store';
import { createDispatch, createHandlers, type Dispatch, type HandlerContext } from './handlers';

export interface AppServices {
  store: ArticleStore;
  dispatch: Dispatch;
}

export function createAppServices(context: Omit<HandlerContext, 'store'>): AppServices {
  const store = new ArticleStore({ libraryPath: context.libraryPath });
  const dispatch = createDispatch(createHandlers({ ...context, store }));
  return { store, dispatch };
}

/** The operating system's languages, most preferred first, from what plain Node can see. */
export function systemLocalesFromEnvironment(env: NodeJS.ProcessEnv): string[] {
  const fromEnv = [env.LC_ALL, env.LC_MESSAGES, env.LANG, env.LANGUAGE?.split(':')[0]]
    .filter((value): value is string => Boolean(value))
    .map((value) => value.split('.')[0]!.replace('_', '-'));
  return [...fromEnv, Intl.DateTimeFormat().resolvedOptions().locale];
}

/**
 * The id of the article whose body is being edited, for the figure views and
 * plugins: image display URLs and imports are per article. Lexical renders
 * decorator views through portals inside the composer, so React context reaches
 * them.
 */
import { createContext, useContext, type ReactNode } from 'react';

const CurrentArticleContext = createContext<string | null>(null);

export function CurrentArticleProvider({
  articleId,
  children,
}: {
  articleId: string;
  children: ReactNode;
}) {
  return (
    <CurrentArticleContext.Provider value={articleId}>{children}</CurrentArticleContext.Provider>
  );
}

/** Null outside an open article (then figures can show nothing and import nothing). */
export function useCurrentArticleId(): string | null {
  return useContext(CurrentArticleContext);
}

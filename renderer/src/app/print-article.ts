/**
 * Print / Save as PDF of the open article, where the host can print: Electron's
 * preload offers printArticle (main prints the exported page in a hidden
 * window). The web host has none, and returns null: there the preview's own
 * print is the way to paper.
 */
import type { Result } from '../../../shared/ipc/result';

type PrintSource = {
  printArticle?(id: string, mode: 'print' | 'pdf'): Promise<Result<{ done: boolean }>>;
};

export function canPrintFromHost(): boolean {
  return typeof (window.newsdesk as PrintSource | undefined)?.printArticle === 'function';
}

export async function printArticle(
  id: string,
  mode: 'print' | 'pdf',
): Promise<Result<{ done: boolean }> | null> {
  const source = window.newsdesk as PrintSource | undefined;
  return source?.printArticle ? source.printArticle(id, mode) : null;
}

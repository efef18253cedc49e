/**
 * Bridge channels of the publication export (issue #5), spread into the one
 * channel map (channels.ts). The renderer names the article only: where the
 * files go is decided in main (a folder dialog in Electron, the library's
 * `exports` folder in the web host), so no path ever comes from the renderer.
 */
import { z } from 'zod';
import { ARTICLE_ID_PATTERN } from '../article/ids';

export const exportRequestSchemas = {
  /** Exports the article as saved on disk: the renderer flushes its pending save first. */
  'article:export': z.strictObject({ id: z.string().regex(ARTICLE_ID_PATTERN) }),
} as const;

export type ExportOutcome =
  /** The user closed the folder dialog: nothing was written. */
  | { kind: 'cancelled' }
  | {
      kind: 'exported';
      /** `<destination>/<slug>`, for the "Exported to …" message. */
      folder: string;
      slug: string;
      indexPath: string;
    };

export interface ExportResponseMap {
  'article:export': ExportOutcome;
}

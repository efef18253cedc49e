/**
 * The one channel map of the bridge (after GitHub Desktop's ipc-shared.ts).
 * Main and renderer both import it, so a channel cannot drift between the two
 * sides; the request schemas are checked at run time in main, because types
 * vanish at the process boundary.
 */
import { z } from 'zod';
import {
  articleSchema,
  type Article,
  type ArticleSummary,
  type DamagedArticle,
} from '../article/schema';
import { ARTICLE_ID_PATTERN, REVISION_PATTERN, TRASH_ID_PATTERN } from '../article/ids';
import { ASSET_ID_PATTERN } from '../article/blocks';
import type { HouseStyle } from '../house-style';
import type { LocalizedDetail } from './result';
import { settingsPatchSchema, type LanguageChoice, type UiLanguage } from '../settings';
import { articleDeltaSchema } from '../article/article-delta';
import { withArticleOrDelta } from './article-payload';
import {
  journalMarkSchema,
  recoveryRequestSchemas,
  type RecoveryResponseMap,
} from './recovery-channels';
import { exportRequestSchemas, type ExportResponseMap } from './export-channels';

const articleId = z.string().regex(ARTICLE_ID_PATTERN);
const none = z.strictObject({});

export interface AppInfo {
  host: 'electron' | 'web';
  language: UiLanguage;
  languageChoice: LanguageChoice;
  /** The house style in force, defaults filled in (shared/house-style.ts). */
  houseStyle: HouseStyle;
  libraryPath: string;
  /** The image size limit in force (settings `maxImageBytes`), so the renderer refuses before sending. */
  maxImageBytes: number;
  /** The article last opened (settings `lastArticleId`), to reopen at start; it may since be gone. */
  lastArticleId?: string;
  /** A message for the user from start-up, e.g. that a corrupt settings file was set aside. */
  /** Said to the user at start, in their language. */
  notices: LocalizedDetail[];
}

export interface LoadedArticle {
  article: Article;
  revision: string;
}

export interface LibraryListing {
  articles: ArticleSummary[];
  damaged: DamagedArticle[];
  /** Names this listing: `library:check` answers null while the disk still gives it. */
  version: string;
  /** False when answered from main's summary index without looking at the disk (`fromIndex`). */
  checked: boolean;
}

export interface TrashedArticle {
  trashId: string;
  headline: string;
  trashedAt: string;
}

/** A stored figure's image, as the renderer needs it to build the figure block. */
export interface ImportedImage {
  /** `<sha256>.<ext>`: goes into the figure's `assetId`. */
  assetId: string;
  /** Of the stored image, EXIF orientation applied: the figure's `width` and `height`. */
  width: number;
  height: number;
  mime: string;
  /** For `<img src>` in the current host; never a file path. */
  url: string;
}

/** What `image:choose-and-import` stored, and the files it refused with why. */
export interface ChosenImages {
  images: ImportedImage[];
  refused: { name: string; message: string; detail?: LocalizedDetail }[];
}

export const requestSchemas = {
  'app:info': none,
  'settings:update': settingsPatchSchema,
  /** The renderer opened this article: remembered so the next start reopens it. */
  'app:last-article': z.strictObject({ id: articleId }),
  /**
   * Whether the window shows an article now: the desktop menu's article
   * commands (Export HTML, Print, Save as PDF, Preview) are enabled only then.
   */
  'app:article-shown': z.strictObject({ open: z.boolean() }),
  /**
   * `fromIndex`: answer at once from the summary index main keeps, unchecked
   * (the start's first answer); then ask `library:check`.
   */
  'library:list': z.strictObject({ fromIndex: z.literal(true).optional() }),
  /** Checks the library on disk against a listing: null when it still holds, else the new one. */
  'library:check': z.strictObject({ version: z.string().max(200) }),
  'article:create': none,
  'article:load': z.strictObject({ id: articleId }),
  'article:save': withArticleOrDelta(
    z.strictObject({
      /** The revision this edit started from; null forces the write (used after "keep mine"). */
      baseRevision: z.string().regex(REVISION_PATTERN).nullable(),
      /**
       * The reporter chose "Keep mine" over a version they did not write: that
       * version goes into the history before it is replaced.
       */
      replacing: z.literal(true).optional(),
      /** The whole article, or `delta`: only what changed since this renderer's last save. */
      article: articleSchema.optional(),
      delta: articleDeltaSchema.optional(),
      /** The recovery-journal edits this save holds; the entry is dropped once it is on disk. */
      journal: journalMarkSchema.optional(),
    }),
  ),
  'article:trash': z.strictObject({ id: articleId }),
  'trash:list': none,
  'trash:restore': z.strictObject({ trashId: z.string().regex(TRASH_ID_PATTERN) }),
  /** When its id is back in the library: the trashed version becomes a new article; the trash keeps it. */
  'trash:restore-copy': z.strictObject({ trashId: z.string().regex(TRASH_ID_PATTERN) }),
  /**
   * The file's bytes travel as base64 through both hosts: the web host carries
   * JSON, and one encoding keeps one schema. 70 M characters is a transport cap
   * (a 50 MB image is ≈ 66.7 M); main enforces the real size, type and pixel
   * limits on the decoded bytes. `name` only makes error messages clearer.
   */
  'image:import': z.strictObject({
    articleId,
    name: z.string().max(255),
    dataBase64: z.base64().max(70_000_000),
  }),
  'image:url': z.strictObject({ articleId, assetId: z.string().regex(ASSET_ID_PATTERN) }),
  /**
   * A figure pasted from another article: copies its stored image into this
   * article's assets (content-hash verified, idempotent). `fromArticleId` is a
   * hint, checked first; without it main looks through the library.
   */
  'image:copy': z.strictObject({
    toArticleId: articleId,
    assetId: z.string().regex(ASSET_ID_PATTERN),
    fromArticleId: articleId.optional(),
  }),
  /**
   * Electron's "Insert image": main opens the file dialog and imports what the
   * user chose, so no path ever comes from the renderer. Nothing chosen: no images.
   */
  'image:choose-and-import': z.strictObject({ articleId }),
  ...exportRequestSchemas,
  ...recoveryRequestSchemas,
} as const;

export interface ResponseMap extends RecoveryResponseMap, ExportResponseMap {
  'app:info': AppInfo;
  'settings:update': AppInfo;
  'app:last-article': { id: string };
  'app:article-shown': { open: boolean };
  'library:list': LibraryListing;
  'library:check': { listing: LibraryListing | null };
  'article:create': LoadedArticle;
  'article:load': LoadedArticle;
  'article:save': { revision: string; updatedAt: string };
  'article:trash': { trashId: string };
  'trash:list': { items: TrashedArticle[] };
  'trash:restore': { id: string };
  'trash:restore-copy': LoadedArticle;
  'image:import': ImportedImage;
  'image:url': { url: string };
  'image:copy': { copied: boolean; url: string };
  'image:choose-and-import': ChosenImages;
}

export type Channel = keyof typeof requestSchemas;
export type RequestOf<C extends Channel> = z.input<(typeof requestSchemas)[C]>;
export type ResponseOf<C extends Channel> = ResponseMap[C];

export const CHANNELS = Object.keys(requestSchemas) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(requestSchemas, value);
}

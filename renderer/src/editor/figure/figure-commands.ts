/** Commands of the figure feature, so the toolbar and the plugin stay apart. */
import { createCommand, type LexicalCommand } from 'lexical';

/** Import these image files and insert them as figures after the caret's block. */
export const INSERT_IMAGE_FILES_COMMAND: LexicalCommand<File[]> = createCommand(
  'NEWSDESK_INSERT_IMAGE_FILES',
);

/**
 * Electron's "Insert image": main opens the file dialog and imports the chosen
 * files (the renderer never sees a path); the figures go after the caret's block.
 */
export const CHOOSE_AND_INSERT_IMAGES_COMMAND: LexicalCommand<void> = createCommand(
  'NEWSDESK_CHOOSE_AND_INSERT_IMAGES',
);

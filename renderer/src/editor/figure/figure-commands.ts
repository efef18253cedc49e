/** Commands of the figure feature, so the toolbar and the plugin stay apart. */
import { createCommand, type LexicalCommand } from 'lexical';

/** Import these image files and insert them as figures after the caret's block. */
export const INSERT_IMAGE_FILES_COMMAND: LexicalCommand<File[]> = createCommand(
  'NEWSDESK_INSERT_IMAGE_FILES',
);

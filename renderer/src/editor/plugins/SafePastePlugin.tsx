/**
 * Pasted and dropped HTML or Lexical JSON goes through the sanitizer before it
 * reaches the body (paste/register-safe-transfers.ts), and no link with an
 * unsafe URL survives in it (paste/register-safe-links.ts, registered in
 * editor-config.ts before the body is parsed, so loaded links are checked in
 * the same pass and opening runs no extra update). `data:` images in
 * pasted HTML (a screenshot copied from a chat app or a web page) are handed to
 * the figure import as files, after the pasted text; each becomes a figure only
 * if main accepts it.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_IMAGE_FILES_COMMAND } from '../figure/figure-commands';
import { dataImageFiles } from '../paste/data-image-files';
import { registerSafeTransfers } from '../paste/register-safe-transfers';

export function SafePastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      registerSafeTransfers(editor, {
        onDataImages: (images) => {
          const files = dataImageFiles(images);
          if (files.length > 0) editor.dispatchCommand(INSERT_IMAGE_FILES_COMMAND, files);
        },
      }),
    [editor],
  );
  return null;
}

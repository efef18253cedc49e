/**
 * Pasted and dropped HTML or Lexical JSON goes through the sanitizer before it
 * reaches the body (paste/register-safe-transfers.ts), and no link with an
 * unsafe URL survives in it (paste/register-safe-links.ts). `data:` images in
 * pasted HTML (a screenshot copied from a chat app or a web page) are handed to
 * the figure import as files, after the pasted text; each becomes a figure only
 * if main accepts it.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { INSERT_IMAGE_FILES_COMMAND } from '../figure/figure-commands';
import { dataImageFiles } from '../paste/data-image-files';
import { registerSafeLinks } from '../paste/register-safe-links';
import { registerSafeTransfers } from '../paste/register-safe-transfers';

export function SafePastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        registerSafeTransfers(editor, {
          onDataImages: (images) => {
            const files = dataImageFiles(images);
            if (files.length > 0) editor.dispatchCommand(INSERT_IMAGE_FILES_COMMAND, files);
          },
        }),
        registerSafeLinks(editor),
      ),
    [editor],
  );
  return null;
}

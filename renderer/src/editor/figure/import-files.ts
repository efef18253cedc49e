/**
 * Imports picked, dropped or pasted files one after another (in the order given,
 * so figures land in that order, and never more than one image in memory at
 * once), with progress and a message for each refusal.
 */
import type { LexicalEditor } from 'lexical';
import type { ImportedImage } from '../../../../shared/ipc/channels';
import { errorText } from '../../i18n/error-text';
import { importImageFile } from './image-files';
import { primeImageUrl } from './image-urls';
import { beginImport, reportImportError } from './import-status';

export async function importImageFiles(
  editor: LexicalEditor,
  articleId: string,
  files: readonly File[],
  /** Each image as soon as it is stored, so its figure appears while the rest import; `last` for the last file. */
  onImported?: (image: ImportedImage, last: boolean) => void,
): Promise<ImportedImage[]> {
  const imported: ImportedImage[] = [];
  const progress = beginImport(editor, files.length);
  try {
    for (const [index, file] of files.entries()) {
      const outcome = await importImageFile(articleId, file);
      if (outcome.ok) {
        primeImageUrl(articleId, outcome.image.assetId, outcome.image.url);
        imported.push(outcome.image);
        onImported?.(outcome.image, index === files.length - 1);
      } else if (outcome.reason === 'too-large') {
        const { sizeMb: size, limitMb: limit } = outcome;
        reportImportError(editor, (say) =>
          say('images.tooLarge', { name: file.name || say('images.unnamed'), size, limit }),
        );
      } else {
        const { error } = outcome;
        reportImportError(editor, (say) =>
          say('images.refused', {
            name: file.name || say('images.unnamed'),
            detail: errorText(say, error),
          }),
        );
      }
      progress.fileDone();
    }
  } finally {
    progress.finish();
  }
  return imported;
}

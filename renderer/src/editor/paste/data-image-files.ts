/**
 * `data:` images found in pasted HTML, turned into the File objects the figure
 * import takes from the toolbar, a drop or a pasted file: from there on they are
 * ordinary image files, checked and re-encoded by main like any other.
 */
import type { DataImage } from './sanitize-html';

/**
 * A page can hide any number of images in its markup; a reporter's paste rarely
 * holds more than a handful. More than this are left out rather than imported
 * one by one behind the user's back.
 */
export const MAX_PASTED_DATA_IMAGES = 10;

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

export function dataImageFiles(images: readonly DataImage[]): File[] {
  return images.slice(0, MAX_PASTED_DATA_IMAGES).flatMap((image, index) => {
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = Uint8Array.from(atob(image.dataBase64), (character) => character.charCodeAt(0));
    } catch {
      return [];
    }
    const extension = EXTENSIONS[image.mime] ?? 'img';
    return [new File([bytes], `pasted-image-${index + 1}.${extension}`, { type: image.mime })];
  });
}

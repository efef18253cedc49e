/**
 * Readable names for an export's images: `images/<slug>-<n>.<ext>`, numbered in
 * reading order, one file per distinct stored image. The Export command, the CLI
 * and "Copy HTML" share it, so pasted HTML names the same files the export writes.
 */

export const EXPORT_IMAGES_FOLDER = 'images';

export interface ImageNamer {
  /** A `resolveAsset` for the renderer (RenderOptions). */
  resolveAsset: (assetId: string) => { src: string };
  /** Asset id → file name inside the images folder, in the order first met. */
  readonly names: ReadonlyMap<string, string>;
}

export function exportImageNamer(slug: string): ImageNamer {
  const names = new Map<string, string>();
  return {
    names,
    resolveAsset: (assetId) => {
      let name = names.get(assetId);
      if (name === undefined) {
        const extension = assetId.slice(assetId.lastIndexOf('.') + 1);
        name = `${slug}-${names.size + 1}.${extension}`;
        names.set(assetId, name);
      }
      return { src: `${EXPORT_IMAGES_FOLDER}/${name}` };
    },
  };
}

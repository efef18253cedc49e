/**
 * A pasted or dropped DataTransfer, rebuilt with only what may reach Lexical:
 * sanitized HTML, validated Lexical JSON, NFC plain text, and the files (which
 * go through the image import, where main checks them). A real paste's or
 * drop's DataTransfer is read-only, so the clean one is a new object that
 * Lexical's own import pipeline (`$insertDataTransferForRichText`) then reads as
 * usual: the MIME-type priorities and insertion rules stay Lexical's.
 */
import { LEXICAL_CLIPBOARD_TYPE, sanitizeLexicalClipboardJson } from './lexical-clipboard-json';
import type { LexicalJsonPolicy } from './lexical-clipboard-json';
import { sanitizePastedHtml, type DataImage } from './sanitize-html';

/** Lexical's marker of a drag that started in a Lexical editor: `{ editorKey }`, no content. */
export const LEXICAL_DRAG_TYPE = 'application/x-lexical-drag';

export interface CleanTransfer {
  transfer: DataTransfer;
  /** `data:` images found in the HTML (left out of it), for the image import. */
  dataImages: DataImage[];
}

/** Whether the transfer holds markup that needs cleaning; plain text and files are safe as they are. */
export function carriesMarkup(transfer: DataTransfer): boolean {
  return transfer.types.includes('text/html') || transfer.types.includes(LEXICAL_CLIPBOARD_TYPE);
}

export function cleanTransfer(source: DataTransfer, json: LexicalJsonPolicy): CleanTransfer {
  const transfer = new DataTransfer();
  let dataImages: DataImage[] = [];

  for (const type of ['text/plain', 'text/uri-list']) {
    const text = source.getData(type);
    if (text) transfer.setData(type, text.normalize('NFC'));
  }
  const lexical = source.getData(LEXICAL_CLIPBOARD_TYPE);
  if (lexical) {
    const safe = sanitizeLexicalClipboardJson(lexical, json);
    if (safe !== null) transfer.setData(LEXICAL_CLIPBOARD_TYPE, safe);
  }
  const html = source.getData('text/html');
  if (html) {
    const sanitized = sanitizePastedHtml(html);
    if (sanitized.html !== '') transfer.setData('text/html', sanitized.html);
    dataImages = sanitized.dataImages;
  }
  const marker = source.getData(LEXICAL_DRAG_TYPE);
  if (marker) transfer.setData(LEXICAL_DRAG_TYPE, marker);
  for (const file of source.files) transfer.items.add(file);

  return { transfer, dataImages };
}

/**
 * Copying for pasting into a CMS. HTML goes as text/html and text/plain where
 * the browser supports ClipboardItem (a rich editor takes the markup, a plain
 * field the source), else as text.
 */
export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

export async function copyHtml(html: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard.write === 'function') {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([html], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Some platforms refuse text/html; the source as text is still what was asked for.
    }
  }
  await navigator.clipboard.writeText(html);
}

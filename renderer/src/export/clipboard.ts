/**
 * Copying for pasting into a CMS. HTML goes as text/html and text/plain (a
 * rich editor takes the markup, a plain field the source).
 *
 * The markup must reach the clipboard as written: the fragment names its
 * photos `images/<slug>-1.jpg`, as the exported folder does. The async
 * clipboard API (`navigator.clipboard.write`) re-serialises text/html and
 * makes every relative address absolute against this page, so a CMS got
 * `http://127.0.0.1:<port>/images/…`, an address that is gone once the app
 * closes. A copy event's `clipboardData` keeps the markup byte for byte, so
 * that is tried first (the Copy button's click allows it); the async API and
 * plain text remain for where it is refused.
 */
export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

/** Puts `html` on the clipboard through a copy event; false when the browser refused. */
function copyThroughEvent(html: string): boolean {
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/html', html);
    event.clipboardData.setData('text/plain', html);
    event.preventDefault();
    // The body editor handles copy events too: this one is not about its selection.
    event.stopImmediatePropagation();
    written = true;
  };
  window.addEventListener('copy', onCopy, { capture: true });
  try {
    return document.execCommand('copy') && written;
  } finally {
    window.removeEventListener('copy', onCopy, { capture: true });
  }
}

export async function copyHtml(html: string): Promise<void> {
  if (copyThroughEvent(html)) return;
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

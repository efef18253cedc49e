/**
 * Line breaks a pasted page shows with newline characters, made `<br>`s.
 *
 * Chat messages (Zalo, Messenger, Telegram on the web), comments and `<pre>`
 * blocks keep their lines as "\n" in the text, shown because the page styles
 * them `white-space: pre-wrap` (Chromium's copy writes that style inline on
 * the copied span). The sanitizer keeps no style and no `<pre>`, and HTML
 * import collapses a newline to a space, so a message of three lines pasted
 * as one run-on line. Here each newline in such text becomes a `<br>`, which
 * the sanitizer keeps and Lexical imports as a line break.
 *
 * Runs on the reshape pass's inert document, with the styles moved aside
 * (styles-aside.ts), before `<pre>` is turned into a paragraph.
 */
import { STYLE_ASIDE } from './styles-aside';

/** The last `white-space` (or `white-space-collapse`) an element's own style declares. */
function declaredWhiteSpace(element: Element): string | undefined {
  const style = element.getAttribute(STYLE_ASIDE);
  if (style === null) return undefined;
  let value: string | undefined;
  for (const match of style.matchAll(/(?:^|;)\s*white-space(?:-collapse)?\s*:\s*([^;]*)/gi)) {
    value = match[1]!.trim().toLowerCase();
  }
  return value;
}

/** Whether the nearest element that says how white space shows keeps newlines. */
function keepsNewlines(element: Element | null): boolean {
  for (let current = element; current !== null; current = current.parentElement) {
    if (current.tagName === 'PRE') return true;
    const value = declaredWhiteSpace(current);
    // pre, pre-wrap, pre-line, break-spaces; white-space-collapse: preserve, preserve-breaks.
    if (value !== undefined) return /^(pre|break-spaces|preserve)/.test(value);
  }
  return false;
}

/** Elements whose end is the end of a line, whatever their text says. */
const BLOCKS = new Set(['PRE', 'P', 'DIV', 'LI', 'BLOCKQUOTE', 'TD', 'TH', 'BODY']);

/**
 * Whether nothing follows `text` in its block: only then does a newline ending
 * it close the block. A newline ending a span (one span a line, as code
 * highlighters and chat pages write them) is between two lines.
 */
function endsItsBlock(text: Text): boolean {
  for (let node: Node = text; ; node = node.parentNode!) {
    if (node.nextSibling !== null) return false;
    const parent = node.parentElement;
    if (parent === null || BLOCKS.has(parent.tagName)) return true;
  }
}

export function keepPreformattedBreaks(body: HTMLElement): void {
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text;
    if (/[\r\n]/.test(text.data) && keepsNewlines(text.parentElement)) texts.push(text);
  }
  for (const text of texts) {
    // A newline closing the block (`<pre>…\n</pre>`) shows no empty line: it goes.
    const isLast = endsItsBlock(text);
    const data = isLast ? text.data.replace(/(?:\r\n?|\n)$/, '') : text.data;
    const lines = data.split(/\r\n?|\n/);
    const parts: Node[] = [];
    lines.forEach((line, index) => {
      if (index > 0) parts.push(doc.createElement('br'));
      if (line !== '') parts.push(doc.createTextNode(line));
    });
    text.replaceWith(...parts);
  }
}

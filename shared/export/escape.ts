/**
 * Turning user text into HTML text and attribute values. Every string that
 * reaches the output goes through `escapeHtml`, which also makes it NFC.
 */
import { toNfc } from '../text/nfc';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/*
 * Code points HTML forbids in text (controls other than whitespace, noncharacters)
 * and lone surrogates, which cannot be encoded as UTF-8. Tabs and line breaks
 * become spaces: Lexical keeps line breaks as their own nodes, so a raw one can
 * only come from a plain field, where it means a space; this also guarantees that
 * every newline in the output is one the renderer put between elements. The
 * vertical tab is a line break too (Word's Shift+Enter in the text it copies):
 * removed as a control, it joined the two words around it.
 */
const WHITESPACE_CONTROLS = /\r\n|[\t\n\v\r\f]/g;
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\0-\x08\x0E-\x1F\x7F-\x9F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;
/*
 * Bidirectional overrides (LRO, RLO) and the embeddings they pair with: they
 * make a run of text display in an order other than the one it is stored in,
 * so a headline can read one thing and be another ("Trojan Source" spoofing).
 * Vietnamese text never needs them; the marks (LRM, RLM) and isolates stay.
 */
const BIDI_OVERRIDES = /[\u202A-\u202E]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_CLEANING = /[\0-\x1F\x7F-\x9F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF\u202A-\u202E]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes what may not appear in HTML text; does not escape or normalise. */
export function cleanText(raw: string): string {
  // Almost all text needs nothing: one scan instead of three replaces.
  if (!NEEDS_CLEANING.test(raw)) return raw;
  return raw
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(WHITESPACE_CONTROLS, ' ')
    .replace(FORBIDDEN, '')
    .replace(BIDI_OVERRIDES, '');
}

/*
 * Text a reader would see nothing of: white space and format characters
 * (zero-width space, word joiner, soft hyphen, BOM, directional marks; Unicode
 * category Cf). A field or a paragraph of only these is empty on the page, so
 * it is published as empty (no `<h1>` of a zero-width space, no empty link).
 */
const VISIBLE = /[^\s\p{Cf}]/u;

/** Whether `text` has anything a reader would see. */
export function hasVisibleText(text: string): boolean {
  return VISIBLE.test(text);
}

/**
 * A single-line field (headline, caption, …) as it is published: clean, NFC,
 * trimmed; '' when nothing in it would be seen.
 */
export function fieldText(raw: string): string {
  const text = toNfc(cleanText(raw)).trim();
  return hasVisibleText(text) ? text : '';
}

/*
 * A piece of text always follows markup (`>`, `"` or `;`). If it started with a
 * combining mark, `>` + U+0338 would compose into `≯` and the output bytes would
 * no longer be NFC; writing a leading mark as a character reference keeps them NFC
 * and gives the browser the same text.
 */
const LEADING_MARK = /^\p{M}/u;

/** HTML-escapes text for element content or a double-quoted attribute value, in NFC. */
export function escapeHtml(raw: string): string {
  const text = toNfc(cleanText(raw));
  const escaped = text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
  const mark = LEADING_MARK.exec(escaped);
  if (mark === null) return escaped;
  const codePoint = mark[0].codePointAt(0) ?? 0;
  return `&#x${codePoint.toString(16).toUpperCase()};${escaped.slice(mark[0].length)}`;
}

/** One `name="value"` attribute, value escaped. */
export function attr(name: string, value: string | number): string {
  return ` ${name}="${escapeHtml(String(value))}"`;
}

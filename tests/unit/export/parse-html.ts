/**
 * Parsing output the way a browser would (jsdom), to inspect the elements and
 * attributes a reader's browser would actually get.
 */
// @ts-expect-error -- jsdom ships no types and @types/jsdom is not a dependency; this is the only call used.
import { JSDOM } from 'jsdom';

export function parseDocument(html: string): Document {
  const dom = new JSDOM(html) as { window: Window };
  return dom.window.document;
}

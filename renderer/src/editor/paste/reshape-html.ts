/**
 * Keeps what a pasted page *means* before the sanitizer strips what it *says*:
 * the sanitizer keeps only semantic elements and no `style`, but word processors
 * and news sites express bold, italics, paragraphs and headings with styled
 * `<span>`s, `<div>`s and table cells. This pass rewrites those into the
 * semantic elements the policy allows, so a paste keeps its shape:
 *
 *  - Google Docs wraps the whole clipboard in `<b style="font-weight:normal">`:
 *    a bold element that says it is not bold is unwrapped (as Lexical does).
 *  - `<span>`/`<font>` styled bold, italic or underlined become `<strong>`, `<em>`, `<u>`
 *    (not an underline inside a link, which is how pages draw links).
 *  - Block containers (`div`, `section`, table cells…) become paragraphs when
 *    they hold only inline content, and are unwrapped when they hold blocks;
 *    otherwise the sanitizer would unwrap them all and run the text together.
 *  - Word's list paragraphs become lists (word-lists.ts).
 *  - Newlines the page showed as line breaks (`<pre>`, `white-space: pre-wrap`
 *    in a chat message) become `<br>` (preformatted-breaks.ts).
 *  - Headings become the body's two levels, as the export renders them (the
 *    page's only `<h1>` is the headline): h1/h2 → h2, h3–h6 → h3.
 *
 * Security does not depend on this pass: it runs on an inert document (one made
 * by DOMParser runs no script and loads nothing), and whatever it produces is
 * sanitized afterwards. It only decides what the sanitizer is given.
 */
import { headingTag } from '../../../../shared/export/blocks';
import { keepPreformattedBreaks } from './preformatted-breaks';
import { moveStylesAside, STYLE_ASIDE } from './styles-aside';
import { convertWordLists } from './word-lists';

const BLOCK_CONTAINERS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'ASIDE',
  'NAV',
  'ADDRESS',
  'CENTER',
  'FIGURE',
  'FIGCAPTION',
  'TD',
  'TH',
  'CAPTION',
  'DD',
  'DT',
  'PRE',
  'DETAILS',
  'SUMMARY',
  'HGROUP',
  'FIELDSET',
  'LEGEND',
]);

/** Elements that already are blocks for the editor, or become them here. */
const BLOCKS = new Set([
  ...BLOCK_CONTAINERS,
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'DL',
  'BLOCKQUOTE',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'HR',
]);

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** The pasted HTML with its styling expressed as semantic elements (still unsanitized). */
export function reshapePastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(moveStylesAside(html), 'text/html');
  convertWordLists(doc.body);
  keepPreformattedBreaks(doc.body);
  // Reverse document order: children are settled before the containers holding them.
  const elements = [...doc.body.querySelectorAll('*')].reverse();
  for (const element of elements) {
    if (isNotBoldWrapper(element)) unwrap(element);
    else if (element.tagName === 'SPAN' || element.tagName === 'FONT') wrapInlineStyles(element);
    else if (HEADINGS.has(element.tagName)) renameHeading(element);
    else if (BLOCK_CONTAINERS.has(element.tagName)) reshapeContainer(element);
  }
  return doc.body.innerHTML;
}

function styleOf(element: Element): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const part of (element.getAttribute(STYLE_ASIDE) ?? '').split(';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    declarations.set(
      property,
      part
        .slice(colon + 1)
        .trim()
        .toLowerCase(),
    );
  }
  return declarations;
}

function isBoldWeight(weight: string | undefined): boolean {
  if (weight === undefined) return false;
  if (weight.startsWith('bold')) return true;
  const numeric = Number.parseInt(weight, 10);
  return Number.isFinite(numeric) && numeric >= 600;
}

function isNotBoldWrapper(element: Element): boolean {
  if (element.tagName !== 'B' && element.tagName !== 'STRONG') return false;
  const weight = styleOf(element).get('font-weight');
  return weight !== undefined && !isBoldWeight(weight);
}

function wrapInlineStyles(element: Element): void {
  const style = styleOf(element);
  const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;
  const wrappers: string[] = [];
  if (isBoldWeight(style.get('font-weight'))) wrappers.push('strong');
  if (/^(italic|oblique)/.test(style.get('font-style') ?? '')) wrappers.push('em');
  // Google Docs and web pages draw links underlined: that is the link's look, not the writer's underline.
  if (decoration.includes('underline') && !element.closest('a')) wrappers.push('u');
  for (const tag of wrappers) {
    const wrapper = element.ownerDocument.createElement(tag);
    wrapper.append(...element.childNodes);
    element.append(wrapper);
  }
}

function renameHeading(element: Element): void {
  const tag = headingTag(element.tagName.toLowerCase());
  if (element.tagName.toLowerCase() !== tag) replaceTag(element, tag);
}

function reshapeContainer(element: Element): void {
  const holdsBlocks = [...element.children].some((child) => BLOCKS.has(child.tagName));
  if (holdsBlocks) unwrap(element);
  else replaceTag(element, 'p');
}

function replaceTag(element: Element, tag: string): void {
  const replacement = element.ownerDocument.createElement(tag);
  replacement.append(...element.childNodes);
  element.replaceWith(replacement);
}

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

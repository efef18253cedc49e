/**
 * The sanitizer policy for HTML that arrives from outside: a paste, a drop, an
 * import. Everything pasted goes through `sanitizePastedHtml` before Lexical sees
 * it (DESIGN.md, "Reliability": pasted or imported HTML never brings script into
 * the editor or the export). The policy lives here, in one place:
 *
 *  - **Elements** (allowlist): `p h1–h6 ul ol li blockquote a strong b em i u br`,
 *    the semantic markup the body can hold. Any other element is removed but its
 *    text is kept (a `<div>` or `<span>` from a news site loses the element, not
 *    the words), except the elements in FORBIDDEN_CONTENT, whose content is code,
 *    a form control, media fallback or page metadata and goes with them: scripts,
 *    styles, templates, iframes/frames, objects/embeds, SVG and MathML (a foreign
 *    namespace is where parser-differential "mutation XSS" lives), forms' controls.
 *  - **Attributes** (allowlist): `href` only, and only on links; `start` only
 *    on a numbered list, as a whole number (a list copied from its 5th point
 *    must not be renumbered from 1; the export writes it back). No `on…` event
 *    handlers, `style`, `class`, `id`/`name` (DOM clobbering), `data-*`, `aria-*`,
 *    `src`, `srcset`, `target`, `formaction`…
 *  - **URLs**: a link must be an absolute `http:`, `https:` or `mailto:` URL (the
 *    export's rule, `normalizeLinkUrl` in `link-url.ts`; unlike the link dialog,
 *    no scheme is added to a relative `href`). DOMPurify compares
 *    after stripping whitespace and control characters, so `java\tscript:`,
 *    `&#x2028;javascript:` and `JaVaScRiPt:` are refused with `javascript:`,
 *    `data:`, `vbscript:`, `file:` and relative references; what survives is then
 *    re-serialised by the URL parser.
 *  - **Images**: `<img>` is never emitted. A `data:` image (a screenshot pasted
 *    from a chat app) is only *reported* in `dataImages`, so the caller may hand
 *    its bytes to the bridge's `image:import`, where main sniffs and re-encodes
 *    them; remote images are dropped (the app is offline by design).
 *  - **Text**: kept, and normalised to NFC *per text node*. Normalising the
 *    serialised markup instead would be unsafe: NFC composes `>` + U+0338 into
 *    `≯`, which can change where a tag ends.
 *
 * DOMPurify (cure53) is the well-kept sanitizer: it parses with the browser's
 * own HTML parser, guards against DOM clobbering and namespace confusion, and is
 * tested against the known mutation-XSS families. Our own instance carries our
 * hooks, so nobody else's DOMPurify use inherits them (or changes ours).
 */
import createDOMPurify, { type Config } from 'dompurify';
import { normalizeLinkUrl } from '../link-url';
import { reshapePastedHtml } from './reshape-html';

/** The elements Lexical may receive. Kept in sync with what `$generateNodesFromDOM` maps to body nodes. */
export const ALLOWED_ELEMENTS: readonly string[] = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'a',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'br',
];

export const ALLOWED_ATTRIBUTES: readonly string[] = ['href', 'start'];

/**
 * Elements removed together with everything inside them. DOMPurify's default
 * list, minus `thead` (a table's header row is text the reporter copied), plus
 * active or interactive elements whose inner text is not article text.
 */
export const FORBIDDEN_CONTENT: readonly string[] = [
  'script',
  'noscript',
  'style',
  'template',
  'iframe',
  'frame',
  'frameset',
  'noframes',
  'object',
  'embed',
  'applet',
  'param',
  'svg',
  'math',
  'annotation-xml',
  'foreignobject',
  'desc',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'noembed',
  'plaintext',
  'xmp',
  'listing',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'audio',
  'video',
  'source',
  'track',
  'canvas',
  'colgroup',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'button',
  'input',
  'selectedcontent',
];

/** Checked after whitespace and control characters are stripped; normalizeLinkUrl has the last word. */
const ALLOWED_URL = /^(?:https?|mailto):/i;

/** The image types image:import accepts, as base64 `data:` URLs. */
const DATA_IMAGE = /^data:(image\/(?:png|jpeg|gif|webp));base64,([a-z0-9+/=\s]+)$/i;

const POLICY: Config = {
  ALLOWED_TAGS: [...ALLOWED_ELEMENTS],
  ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES],
  ALLOWED_URI_REGEXP: ALLOWED_URL,
  // DOMPurify holds every allowed attribute but a few to the URL rule; a list's
  // start is a number, checked by its own hook below.
  ADD_URI_SAFE_ATTR: ['start'],
  FORBID_CONTENTS: [...FORBIDDEN_CONTENT],
  KEEP_CONTENT: true,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SAFE_FOR_XML: true,
  SANITIZE_DOM: true,
  WHOLE_DOCUMENT: false,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
  RETURN_TRUSTED_TYPE: false,
};

/** A pasted `data:` image, as image:import takes it. */
export interface DataImage {
  mime: string;
  dataBase64: string;
}

export interface SanitizedHtml {
  /** Safe to parse (DOMParser) and hand to `$generateNodesFromDOM`; '' when nothing is left. */
  html: string;
  /** `data:` images that were in the HTML, in document order; never part of `html`. */
  dataImages: DataImage[];
}

const purifier = createDOMPurify(window);

/** Set for the duration of one synchronous sanitize call. */
let collectedImages: DataImage[] | null = null;

purifier.addHook('uponSanitizeElement', (node, data) => {
  if (data.tagName !== 'img' || collectedImages === null) return;
  const src = (node as Element).getAttribute('src')?.trim() ?? '';
  const match = DATA_IMAGE.exec(src);
  if (match?.[1] && match[2]) {
    collectedImages.push({ mime: match[1].toLowerCase(), dataBase64: match[2].replace(/\s/g, '') });
  }
});

purifier.addHook('afterSanitizeElements', (node) => {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node as Text;
    const normalized = text.data.normalize('NFC');
    if (normalized !== text.data) text.data = normalized;
  }
});

/** A list's first number, as the export writes it back (`<ol start>`). */
const LIST_START = /^\d{1,9}$/;

purifier.addHook('afterSanitizeAttributes', (node) => {
  const element = node as Element;
  const start = element.getAttribute('start');
  if (start === null) return;
  if (element.tagName !== 'OL' || !LIST_START.test(start.trim())) element.removeAttribute('start');
  else element.setAttribute('start', String(Number(start.trim())));
});

purifier.addHook('afterSanitizeAttributes', (node) => {
  const element = node as Element;
  if (element.tagName !== 'A' || !element.hasAttribute('href')) return;
  const href = normalizeLinkUrl(element.getAttribute('href') ?? '');
  if (href === null) element.removeAttribute('href');
  else element.setAttribute('href', href);
});

/** Pasted or imported HTML, cleaned to the semantic subset the body editor accepts. */
export function sanitizePastedHtml(html: string): SanitizedHtml {
  const dataImages: DataImage[] = [];
  collectedImages = dataImages;
  try {
    const clean = purifier.sanitize(reshapePastedHtml(html), POLICY);
    return { html: clean.trim() === '' ? '' : clean, dataImages };
  } finally {
    collectedImages = null;
  }
}

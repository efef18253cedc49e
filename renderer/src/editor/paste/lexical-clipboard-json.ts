/**
 * `application/x-lexical-editor` is the JSON our own editor puts on the clipboard
 * when copying, and Lexical prefers it over the HTML on paste. It is not HTML, so
 * the sanitizer does not apply, but it is not trustworthy either: any web page
 * can put a payload under that type on the clipboard or in a drag. Lexical's own
 * importer checks only the namespace, then builds whatever nodes it names.
 *
 * So a payload is accepted only when every node is of a type the body editor has
 * registered and the export knows, nesting stays shallow, and every URL-bearing
 * string (under `url`, `href`, `src` or `link`, at any depth) is an http(s) or
 * mailto URL.
 * Inline CSS (`style`, `textStyle`) is emptied, link targets and titles dropped,
 * and strings normalised to NFC. Anything else refuses the whole payload: the
 * paste then falls back to the sanitized HTML or plain text of the same copy.
 */
import { normalizeLinkUrl } from '../link-url';

export const LEXICAL_CLIPBOARD_TYPE = 'application/x-lexical-editor';

/** Deeper than anything the editor produces; the export refuses the same depth. */
const MAX_DEPTH = 100;

const URL_KEYS = new Set(['url', 'href', 'src', 'link']);
/** Inline CSS never travels: it would reach the editor's DOM as a style attribute. */
const STYLE_KEYS = new Set(['style', 'textStyle']);
/** Editor details of links that a paste has no business setting. */
const DROPPED_LINK_KEYS = new Set(['target', 'title']);
/** Keys that would reach an object's prototype if copied naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface LexicalJsonPolicy {
  /** The editor's namespace: Lexical refuses payloads from another editor anyway. */
  namespace: string;
  isAllowedType(type: string): boolean;
}

class RefusedPayload extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The payload, rebuilt from what passed the checks, or null when it must not be used. */
export function sanitizeLexicalClipboardJson(
  raw: string,
  policy: LexicalJsonPolicy,
): string | null {
  let payload: unknown;
  try {
    payload = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(payload) || payload.namespace !== policy.namespace) return null;
  if (!Array.isArray(payload.nodes)) return null;
  try {
    const nodes = payload.nodes.map((node) => cleanNode(node, policy, 0));
    return JSON.stringify({ namespace: policy.namespace, nodes });
  } catch (error) {
    if (error instanceof RefusedPayload) return null;
    throw error;
  }
}

function cleanNode(node: unknown, policy: LexicalJsonPolicy, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new RefusedPayload('nested too deeply');
  if (!isRecord(node) || typeof node.type !== 'string' || !policy.isAllowedType(node.type)) {
    throw new RefusedPayload('unknown node type');
  }
  if (node.type === 'text' && typeof node.text !== 'string') throw new RefusedPayload('bad text');
  const isLink = node.type === 'link' || node.type === 'autolink';
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    if (key === 'children') {
      if (!Array.isArray(value)) throw new RefusedPayload('children is not a list');
      out.children = value.map((child) => cleanNode(child, policy, depth + 1));
    } else if (STYLE_KEYS.has(key)) {
      out[key] = '';
    } else if (isLink && DROPPED_LINK_KEYS.has(key)) {
      out[key] = null;
    } else {
      out[key] = cleanValue(key, value, depth + 1);
    }
  }
  if (isLink && typeof out.url !== 'string') throw new RefusedPayload('link without a URL');
  return out;
}

/** Node fields other than children: plain data, checked for URLs at any depth. */
function cleanValue(key: string, value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) throw new RefusedPayload('nested too deeply');
  if (typeof value === 'string') {
    return URL_KEYS.has(key) ? cleanUrl(value) : value.normalize('NFC');
  }
  if (Array.isArray(value)) return value.map((item) => cleanValue('', item, depth + 1));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [innerKey, inner] of Object.entries(value)) {
      if (!FORBIDDEN_KEYS.has(innerKey)) out[innerKey] = cleanValue(innerKey, inner, depth + 1);
    }
    return out;
  }
  return value;
}

/** A URL-bearing string (a related item's `link` may instead be an object, checked field by field). */
function cleanUrl(value: string): string {
  if (value === '') return value;
  const url = normalizeLinkUrl(value);
  if (url === null) throw new RefusedPayload('URL scheme not allowed');
  return url;
}

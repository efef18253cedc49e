/**
 * Pasted HTML with its inline styles moved where the page's Content Security
 * Policy does not see them, before the page parses it.
 *
 * The renderer's CSP allows no inline style (`style-src 'self'`), and Chromium
 * checks it for every `style` attribute and `<style>` element of any document
 * the page parses, inert ones included (DOMParser, `<template>`,
 * `createHTMLDocument` alike): each one is a blocked-style report, a
 * `securitypolicyviolation` event and a console error. Word and Google Docs
 * style nearly every span and paragraph, so a pasted page of 3,000 styled spans
 * cost ≈ 250 ms per parse (3 ms without the policy), and a paste parsed it
 * twice (the reshape pass, then the sanitizer).
 *
 * parse5 is the HTML standard's parsing algorithm in JavaScript, outside the
 * DOM, so the policy never sees what it reads. It renames every `style`
 * attribute to STYLE_ASIDE, where reshape-html.ts reads the meaning of the
 * styling and the sanitizer drops it (no `data-` attribute passes), and leaves
 * out `<style>` elements, whose content the sanitizer drops anyway. Nothing is
 * made safer or less safe here: the sanitizer still sees everything else.
 */
import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';

/** Where a pasted element's `style` attribute is kept for the reshape pass. */
export const STYLE_ASIDE = 'data-newsdesk-style';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/**
 * `html` as a whole document, with no `style` attribute or element left in it;
 * `html` itself when it holds no style, or when parse5 cannot take it (nesting
 * deeper than the stack), which costs the reports but changes nothing else.
 */
export function moveStylesAside(html: string): string {
  // Most small pastes (plain web text, our own copies) carry no style at all.
  if (!/style/i.test(html)) return html;
  try {
    // As DOMParser parses: with scripting off, so <noscript> holds markup, not text.
    const document = parse(html, { scriptingEnabled: false });
    moveWithin(document);
    return serialize(document);
  } catch {
    return html;
  }
}

function moveWithin(root: ParentNode): void {
  // A loop, not recursion: pasted markup may nest as deep as it likes.
  const parents: ParentNode[] = [root];
  for (let parent = parents.pop(); parent; parent = parents.pop()) {
    parent.childNodes = parent.childNodes.filter((node) => !isStyleElement(node));
    for (const node of parent.childNodes) {
      if (!('tagName' in node)) continue;
      const style = node.attrs.find((attribute) => attribute.name === 'style');
      // A pasted attribute of our name must not pass for the element's style.
      node.attrs = node.attrs.filter(
        (attribute) => attribute.name !== 'style' && attribute.name !== STYLE_ASIDE,
      );
      if (style) node.attrs.push({ name: STYLE_ASIDE, value: style.value });
      parents.push(node);
      if ('content' in node) parents.push(node.content);
    }
  }
}

function isStyleElement(node: ChildNode): boolean {
  return 'tagName' in node && node.tagName === 'style';
}

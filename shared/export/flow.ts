/**
 * Laying out a block's children, in the two ways HTML allows: inside a phrasing
 * element (`<p>`, `<h2>`) a block must break the element in two, since a `<figure>`
 * may never sit inside a `<p>`; inside a flow element (`<li>`, `<blockquote>`) text
 * and blocks can be siblings.
 */
import { isBlank, renderRun } from './inline';
import type { FlowPart } from './types';

/**
 * One `<tag>` per run of text, blocks between them, one element a line; blank runs
 * are dropped, so an empty paragraph renders to ''.
 */
export function splitAroundBlocks(
  parts: readonly FlowPart[],
  openTag: string,
  tag: string,
): string {
  const lines: string[] = [];
  for (const part of parts) {
    if (part.kind === 'block') lines.push(part.html);
    else if (!isBlank(part.atoms)) lines.push(`${openTag}${renderRun(part.atoms)}</${tag}>`);
  }
  return lines.join('\n');
}

/**
 * The content of a flow element: text runs and blocks side by side. A newline goes
 * after each block only, so a line never ends in a space the user typed.
 */
export function flowContent(parts: readonly FlowPart[]): string {
  let html = '';
  let previous: 'run' | 'block' | null = null;
  for (const part of parts) {
    if (part.kind === 'run' && isBlank(part.atoms)) continue;
    if (previous === 'block') html += '\n';
    html += part.kind === 'block' ? part.html : renderRun(part.atoms);
    previous = part.kind;
  }
  return html;
}

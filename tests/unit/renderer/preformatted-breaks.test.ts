// @vitest-environment jsdom
/**
 * Pasted preformatted text (a `<pre>` block, a chat message styled
 * `white-space: pre-wrap`) keeps its lines as `<br>`s (preformatted-breaks.ts).
 */
import { describe, expect, it } from 'vitest';
import { keepPreformattedBreaks } from '../../../renderer/src/editor/paste/preformatted-breaks';

function reshaped(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  keepPreformattedBreaks(doc.body);
  return doc.body.innerHTML;
}

describe('keepPreformattedBreaks', () => {
  it('makes each newline of a <pre> a <br>, the one closing the block dropped', () => {
    expect(reshaped('<pre>một\nhai\n</pre>')).toBe('<pre>một<br>hai</pre>');
  });

  it('keeps the newline that ends a line written in a span of its own', () => {
    // Code highlighters and chat pages write one span per line: the newline
    // closing a span is between two lines, not at the end of the block.
    expect(reshaped('<pre><span>một\n</span><span>hai</span></pre>')).toBe(
      '<pre><span>một<br></span><span>hai</span></pre>',
    );
  });

  it('drops the newline closing the block even inside a span', () => {
    expect(reshaped('<pre><span>một\nhai\n</span></pre>')).toBe(
      '<pre><span>một<br>hai</span></pre>',
    );
  });
});

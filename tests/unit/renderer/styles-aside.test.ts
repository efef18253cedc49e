/**
 * moveStylesAside: pasted HTML reaches the page's parsers with no `style`
 * attribute or element (each would be a Content Security Policy report), and
 * the styling's meaning stays readable for the reshape pass. The browser-level
 * proof (no report, formatting kept) is tests/e2e/word-paste.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { moveStylesAside, STYLE_ASIDE } from '../../../renderer/src/editor/paste/styles-aside';

const hasStyle = (html: string) => /<[^>]*\sstyle\s*=|<style[\s>]/i.test(html);

describe('moveStylesAside', () => {
  it('moves every style attribute aside, value and text unchanged', () => {
    const out = moveStylesAside(
      '<p style="margin:0"><span style="font-weight:700">Đậm</span> và <i style=\'color:red\'>nghiêng</i></p>',
    );
    expect(hasStyle(out)).toBe(false);
    expect(out).toContain(`<p ${STYLE_ASIDE}="margin:0">`);
    expect(out).toContain(`<span ${STYLE_ASIDE}="font-weight:700">Đậm</span> và `);
    expect(out).toContain(`<i ${STYLE_ASIDE}="color:red">nghiêng</i>`);
  });

  it('leaves out style elements, in the head and in the body', () => {
    const out = moveStylesAside(
      '<html><head><style>p.MsoNormal{margin:0}</style></head><body><style>b{}</style><p>Huế</p></body></html>',
    );
    expect(hasStyle(out)).toBe(false);
    expect(out).not.toContain('MsoNormal');
    expect(out).toContain('<p>Huế</p>');
  });

  it('never takes a pasted attribute of its own name for a style', () => {
    const out = moveStylesAside(
      `<span ${STYLE_ASIDE}="font-weight:700">giả</span><b style="font-weight:400" ${STYLE_ASIDE}="font-weight:700">thật</b>`,
    );
    expect(out).toContain('<span>giả</span>');
    expect(out).toContain(`<b ${STYLE_ASIDE}="font-weight:400">thật</b>`);
  });

  it('keeps words that only mention a style as they are', () => {
    const text = 'Viết style="x" hay &lt;style&gt; trong bài';
    const out = moveStylesAside(`<p>${text}</p>`);
    expect(out).toContain(`<p>${text}</p>`);
  });

  it('reaches markup inside templates and noscript, as DOMParser parses them', () => {
    const out = moveStylesAside(
      '<template><span style="font-style:italic">a</span></template><noscript><span style="font-weight:bold">b</span></noscript>',
    );
    expect(hasStyle(out)).toBe(false);
    expect(out).toContain(`<span ${STYLE_ASIDE}="font-style:italic">a</span>`);
    expect(out).toContain(`<span ${STYLE_ASIDE}="font-weight:bold">b</span>`);
  });

  it('copes with markup nested deeper than any stack', () => {
    const deep = '<span style="font-weight:700">'.repeat(50_000) + 'sâu';
    const out = moveStylesAside(deep);
    expect(hasStyle(out)).toBe(false);
    expect(out).toContain('sâu');
  });

  it('hands HTML without any style back untouched', () => {
    const html = '<p>Tin <b>mới</b></p>';
    expect(moveStylesAside(html)).toBe(html);
  });
});

// @vitest-environment jsdom
/**
 * The paste sanitizer over the hostile corpus (tests/fixtures/xss-vectors.json),
 * in jsdom: each vector's output must hold only the policy's elements and
 * attributes, stay the same when sanitized again (no mutation on re-parse), and
 * go through Lexical's own HTML import and the export without bringing active
 * content along. The browser-level proof (nothing executes) is the e2e test
 * tests/e2e/hostile-paste.spec.ts.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { $generateNodesFromDOM } from '@lexical/html';
import { $getRoot, $insertNodes, $createParagraphNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import corpus from '../../fixtures/xss-vectors.json';
import { newArticle, type ArticleBody } from '../../../shared/article/schema';
import { EDITOR_NODE_TYPES, renderArticleHtml } from '../../../shared/export';
import { BODY_NODES } from '../../../renderer/src/editor/nodes';
import { normalizeLinkUrl } from '../../../renderer/src/editor/link-url';
import { registerSafeLinks } from '../../../renderer/src/editor/paste/register-safe-links';
import {
  ALLOWED_ELEMENTS,
  sanitizePastedHtml,
} from '../../../renderer/src/editor/paste/sanitize-html';

interface Vector {
  id: string;
  from: string;
  html: string;
}
const VECTORS = corpus.vectors as Vector[];

const ACTIVE_MARKUP = /<(script|iframe|object|embed|svg|math|style|form|img|base|meta|link)\b/i;

function bodyEditor(): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'newsdesk-body',
    nodes: [...BODY_NODES],
    onError: (error) => {
      throw error;
    },
  });
  registerSafeLinks(editor);
  return editor;
}

/** What a paste of `html` puts in the body: sanitize, then Lexical's own HTML import. */
function pasteIntoBody(html: string): ArticleBody {
  const editor = bodyEditor();
  const clean = sanitizePastedHtml(html).html;
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      root.append($createParagraphNode());
      root.selectEnd();
      const dom = new DOMParser().parseFromString(clean, 'text/html');
      $insertNodes($generateNodesFromDOM(editor, dom));
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON() as unknown as ArticleBody;
}

interface JsonNode {
  type: string;
  children?: JsonNode[];
  [key: string]: unknown;
}

function walk(node: JsonNode, visit: (node: JsonNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

describe('the hostile-paste corpus', () => {
  it('has at least 100 vectors, each with a unique id and a source', () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(VECTORS.map((vector) => vector.id)).size).toBe(VECTORS.length);
    for (const vector of VECTORS) expect(['owasp', 'dompurify', 'newsdesk']).toContain(vector.from);
  });
});

describe.each(VECTORS)('sanitizePastedHtml: $id', ({ html }) => {
  const { html: clean } = sanitizePastedHtml(html);

  it('keeps only allowlisted elements, and only safe hrefs on links', () => {
    expect(clean).not.toMatch(ACTIVE_MARKUP);
    const doc = new DOMParser().parseFromString(clean, 'text/html');
    for (const element of doc.body.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      expect(ALLOWED_ELEMENTS).toContain(tag);
      for (const attribute of element.attributes) {
        if (`${tag}[${attribute.name}]` === 'ol[start]') {
          expect(attribute.value).toMatch(/^\d+$/);
          continue;
        }
        expect(`${tag}[${attribute.name}]`).toBe('a[href]');
        expect(normalizeLinkUrl(attribute.value)).toBe(attribute.value);
      }
    }
  });

  it('is stable when sanitized again (nothing mutates on re-parse)', () => {
    expect(sanitizePastedHtml(clean).html).toBe(clean);
  });

  it('reaches the body and the export without active content', () => {
    const body = pasteIntoBody(html);
    walk(body.root as JsonNode, (node) => {
      expect(EDITOR_NODE_TYPES).toContain(node.type);
      if (node.type === 'link' || node.type === 'autolink') {
        expect(normalizeLinkUrl(String(node.url))).toBe(node.url);
      }
      if (typeof node.style === 'string') expect(node.style).toBe('');
    });
    const exported = renderArticleHtml(
      { ...newArticle('bai-viet-0001', new Date(0)), headline: 'Tin', body },
      {
        format: 'page',
        resolveAsset: (assetId) => ({ src: `images/${assetId}` }),
        resolveArticleLink: () => null,
      },
    );
    expect(exported).not.toMatch(/<script|javascript:|vbscript:|data:text/i);
    const doc = new DOMParser().parseFromString(exported, 'text/html');
    for (const element of doc.querySelectorAll('*')) {
      for (const attribute of element.attributes) expect(attribute.name).not.toMatch(/^on/i);
    }
  });
});

describe('sanitizePastedHtml keeps the text and its meaning', () => {
  it('keeps the words of removed elements, one paragraph per block', () => {
    const { html } = sanitizePastedHtml(
      '<div class="x">Hà Nội</div><div><span style="color:red">Đà Nẵng</span></div><table><tr><td>Huế</td><td>Cần Thơ</td></tr></table>',
    );
    expect(html).toBe('<p>Hà Nội</p><p>Đà Nẵng</p><p>Huế</p><p>Cần Thơ</p>');
  });

  it('drops the content of scripts, styles, forms and foreign markup, not of the article', () => {
    const { html } = sanitizePastedHtml(
      '<p>Trước<script>var a = 1</script><style>p{}</style><button>Chia sẻ</button><svg><text>svg</text></svg> sau</p>',
    );
    expect(html).toBe('<p>Trước sau</p>');
  });

  it('turns styled spans into semantic elements and unwraps the Google Docs wrapper', () => {
    const { html } = sanitizePastedHtml(
      '<b style="font-weight:normal;" id="docs-internal-guid-1"><p><span style="font-weight:700">đậm</span> <span style="font-style:italic">nghiêng</span> <span style="text-decoration:underline">gạch</span></p></b>',
    );
    expect(html).toBe('<p><strong>đậm</strong> <em>nghiêng</em> <u>gạch</u></p>');
  });

  it('does not underline a link because the page drew it underlined', () => {
    const { html } = sanitizePastedHtml(
      '<b style="font-weight:normal;" id="docs-internal-guid-2"><p><span style="text-decoration:none;">Xem </span><a href="https://vnexpress.net/a.html" style="text-decoration:none;"><span style="color:#1155cc;text-decoration:underline;-webkit-text-decoration-skip:none;">bài gốc</span></a> và <span style="text-decoration:underline">gạch</span></p></b>',
    );
    expect(html).toBe(
      '<p>Xem <a href="https://vnexpress.net/a.html">bài gốc</a> và <u>gạch</u></p>',
    );
  });

  it("turns Word's list paragraphs into lists, bulleted or numbered, nested by level", () => {
    const item = (text: string, marker: string, level = 1, list = 'l0') =>
      `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:${list} level${level} lfo1'><![if !supportLists]><span lang=VI style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>${text}<o:p></o:p></span></p>`;
    const word = (body: string) =>
      `<html><head><style>p.MsoNormal{margin:0}</style></head><body lang=VI><!--StartFragment-->${body}<!--EndFragment--></body></html>`;

    expect(
      sanitizePastedHtml(
        word(
          item('Phố Hàng Ngang', '·') + item('Phố Hàng Đào', '·') + '<p class=MsoNormal>Sau.</p>',
        ),
      ).html,
    ).toBe('<ul><li>Phố Hàng Ngang</li><li>Phố Hàng Đào</li></ul><p>Sau.</p>');
    expect(
      sanitizePastedHtml(word(item('Một', '1.', 1, 'l1') + item('Hai', '2.', 1, 'l1'))).html,
    ).toBe('<ol><li>Một</li><li>Hai</li></ol>');
    expect(
      sanitizePastedHtml(word(item('Hà Nội', '·') + item('Hoàn Kiếm', 'o', 2) + item('Huế', '·')))
        .html,
    ).toBe('<ul><li>Hà Nội<ul><li>Hoàn Kiếm</li></ul></li><li>Huế</li></ul>');
  });

  it('keeps the first number of a numbered list copied from its middle, and nothing else as a start', () => {
    expect(
      sanitizePastedHtml(
        '<ol start="5"><li>Năm</li><li>Sáu</li></ol><ol start=" 2 "><li>Hai</li></ol><ol start="x"><li>a</li></ol><ul start="3"><li>b</li></ul><p start="4">c</p>',
      ).html,
    ).toBe(
      '<ol start="5"><li>Năm</li><li>Sáu</li></ol><ol start="2"><li>Hai</li></ol><ol><li>a</li></ol><ul><li>b</li></ul><p>c</p>',
    );
    const list = pasteIntoBody('<ol start="5"><li>Năm</li><li>Sáu</li></ol>').root.children[0];
    expect(list).toMatchObject({ type: 'list', listType: 'number', start: 5 });
  });

  it('starts a Word list at its first number when it was copied from its middle', () => {
    const item = (text: string, marker: string, level = 1) =>
      `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level${level} lfo1'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><span lang=VI>${text}</span></p>`;
    expect(
      sanitizePastedHtml(item('Ba', '3.') + item('Ba a', 'a.', 2) + item('Bốn', '4.')).html,
    ).toBe('<ol start="3"><li>Ba<ol><li>Ba a</li></ol></li><li>Bốn</li></ol>');
  });

  it('keeps the lines of a chat message or a <pre> block as line breaks', () => {
    // What Chromium puts on the clipboard for a message a web chat shows with white-space: pre-wrap.
    const message =
      '<span style="color: rgb(0, 0, 0); font-weight: 400; white-space: pre-wrap; display: inline !important;">Anh ơi,\nchiều nay họp.\n\nEm gửi sau.</span>';
    expect(sanitizePastedHtml(message).html).toBe('Anh ơi,<br>chiều nay họp.<br><br>Em gửi sau.');
    expect(sanitizePastedHtml('<pre>dòng 1\r\ndòng 2\n</pre>').html).toBe(
      '<p>dòng 1<br>dòng 2</p>',
    );
    // Only where the page showed the newlines: elsewhere a newline is a space.
    expect(
      sanitizePastedHtml(
        '<p>một\nhai</p><div style="white-space: pre-wrap"><span style="white-space: normal">ba\nbốn</span></div>',
      ).html,
    ).toBe('<p>một\nhai</p><p>ba\nbốn</p>');
    const [paragraph] = pasteIntoBody(message).root.children;
    expect(paragraph?.children?.map((node) => node.type)).toEqual([
      'text',
      'linebreak',
      'text',
      'linebreak',
      'linebreak',
      'text',
    ]);
  });

  it('maps headings to the body levels the export uses', () => {
    expect(sanitizePastedHtml('<h1>A</h1><h2>B</h2><h4>C</h4><h6>D</h6>').html).toBe(
      '<h2>A</h2><h2>B</h2><h3>C</h3><h3>D</h3>',
    );
  });

  it('keeps http(s) and mailto links, serialised by the URL parser, and unlinks the rest', () => {
    const { html } = sanitizePastedHtml(
      '<a href=" HTTPS://VnExpress.net/thời-sự " target="_blank" rel="opener">a</a><a href="mailto:toa-soan@example.vn">b</a><a href="/relative">c</a><a href="ftp://x.vn/">d</a>',
    );
    expect(html).toBe(
      '<a href="https://vnexpress.net/th%E1%BB%9Di-s%E1%BB%B1">a</a><a href="mailto:toa-soan@example.vn">b</a><a>c</a><a>d</a>',
    );
  });

  it('normalises text to NFC node by node', () => {
    const decomposed = 'Tie\u0302\u0301ng Vie\u0323\u0302t';
    expect(sanitizePastedHtml(`<p>${decomposed}</p>`).html).toBe('<p>Tiếng Việt</p>');
  });

  it('never lets NFC join a ">" with a combining mark into a different tag end', () => {
    const { html } = sanitizePastedHtml('<p>a>\u0338b</p><img src=x onerror=alert(1)>');
    expect(html).toBe('<p>a≯b</p>');
  });

  it('reports data: images for the image import and never emits them', () => {
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const result = sanitizePastedHtml(
      `<p>Ảnh</p><img src="data:image/png;base64,${png}"><img src="data:image/svg+xml,<svg/>"><img src="https://example.vn/a.jpg">`,
    );
    expect(result.html).toBe('<p>Ảnh</p>');
    expect(result.dataImages).toEqual([{ mime: 'image/png', dataBase64: png }]);
  });

  it('returns nothing for markup that holds no article text', () => {
    expect(sanitizePastedHtml('<script>x</script><style>y</style>').html).toBe('');
  });
});

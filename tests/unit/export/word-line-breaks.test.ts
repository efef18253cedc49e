/**
 * Word writes a manual line break (Shift+Enter) as a vertical tab (U+000B) in
 * the text it copies; pasted into a field or the body, it separated two words
 * and must still separate them on the page.
 */
import { describe, expect, it } from 'vitest';
import { renderArticleHtml } from '../../../shared/export/render-article';
import { article, figure, OPTIONS, paragraph, text } from './builders';

const VT = '\u000B';

describe('a vertical tab from Word', () => {
  it('publishes as a space, in the fields and in the body', () => {
    const html = renderArticleHtml(
      article(
        [
          paragraph(text(`Không khí lạnh${VT}tràn xuống`)),
          figure({ caption: `Người dân${VT}co ro`, credit: 'Ảnh: Ngọc Thành' }),
        ],
        { headline: `Hà Nội${VT}đón đợt rét đậm`, sapo: `Nhiệt độ${VT}xuống 8 độ C.` },
      ),
      { ...OPTIONS, format: 'page' },
    );
    expect(html).toContain('<h1>Hà Nội đón đợt rét đậm</h1>');
    expect(html).toContain('<title>Hà Nội đón đợt rét đậm</title>');
    expect(html).toContain('<p class="sapo">Nhiệt độ xuống 8 độ C.</p>');
    expect(html).toContain('<p>Không khí lạnh tràn xuống</p>');
    expect(html).toContain('<figcaption>Người dân co ro');
    expect(html).not.toContain(VT);
  });
});

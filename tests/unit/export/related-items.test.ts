/** How a related-news item is published when it lacks some of its fields. */
import { describe, expect, it } from 'vitest';
import { renderArticleFragment } from '../../../shared/export/render-article';
import { article, OPTIONS, relatedNews } from './builders';

const box = (items: Parameters<typeof relatedNews>[1]) =>
  renderArticleFragment(article([relatedNews('Tin liên quan', items)]), OPTIONS);

describe('a related-news item', () => {
  it('without a headline keeps its link, on its summary', () => {
    const html = box([
      {
        headline: '',
        summary: 'Xem diễn biến mới nhất',
        link: { kind: 'url', url: 'https://vnexpress.net/x' },
      },
    ]);
    expect(html).toContain('<p><a href="https://vnexpress.net/x">Xem diễn biến mới nhất</a></p>');
  });

  it('with a headline links the headline only', () => {
    const html = box([
      { headline: 'Bão số 3', summary: 'Tóm tắt', link: { kind: 'url', url: 'https://a.vn/' } },
    ]);
    expect(html).toContain('<a href="https://a.vn/">Bão số 3</a>');
    expect(html).toContain('<p>Tóm tắt</p>');
  });

  it('linking to the article it is in is published without the link', () => {
    // The picker never offers the open article, but a box copied from an article
    // that links here and pasted here does: readers would land on the same page.
    const html = renderArticleFragment(
      article(
        [
          relatedNews('Tin liên quan', [
            {
              headline: 'Chính bài này',
              summary: '',
              link: { kind: 'article', articleId: 'bai-viet-0003' },
            },
            {
              headline: 'Bài khác',
              summary: '',
              link: { kind: 'article', articleId: 'bai-viet-0002' },
            },
          ]),
        ],
        { id: 'bai-viet-0003' },
      ),
      OPTIONS,
    );
    expect(html).toContain('<li>Chính bài này</li>');
    expect(html).not.toContain('bai-viet-0003.html');
    expect(html).toContain('<a href="../bai-viet-0002/">Bài khác</a>');
  });
});

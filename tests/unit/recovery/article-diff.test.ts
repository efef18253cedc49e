/** The comparison the recovery and conflict dialogs show, on serialized articles. */
import { describe, expect, it } from 'vitest';
import { bodyLines, diffArticles } from '../../../shared/recovery/article-diff';
import { article, figure, paragraph, relatedNews, text } from '../checks/builders';

describe('diffArticles', () => {
  it('shows words typed in a caption, a credit or a related item as changes', () => {
    const disk = article({
      body: [paragraph(text('Mở đầu.')), figure({ caption: '' }), relatedNews('Tin mới', {})],
    });
    const mine = article({
      body: [
        paragraph(text('Mở đầu.')),
        figure({ caption: 'Nước lũ tràn qua bản' }),
        relatedNews('Tin mới', { headline: 'Sạt lở ở Hà Giang' }),
      ],
    });
    const diff = diffArticles(disk, mine);
    expect(diff.paragraphs.filter((change) => change.kind === 'added')).toEqual([
      expect.objectContaining({ part: 'caption', text: 'Nước lũ tràn qua bản' }),
      expect.objectContaining({ part: 'related-headline', text: 'Sạt lở ở Hà Giang' }),
    ]);
  });

  it('finds nothing to show when only the text around is the same', () => {
    const same = article({ body: [paragraph(text('Một.')), figure({ caption: 'Chú thích' })] });
    expect(diffArticles(same, same).paragraphs).toEqual([]);
  });

  it('tells a paragraph from a caption with the same words', () => {
    const asParagraph = article({ body: [paragraph(text('Cùng chữ'))] });
    const asCaption = article({ body: [figure({ caption: 'Cùng chữ', credit: '', alt: '' })] });
    const changes = diffArticles(asParagraph, asCaption).paragraphs;
    expect(changes.map((change) => `${change.kind} ${change.part}`).sort()).toEqual([
      'added caption',
      'removed text',
    ]);
  });
});

describe('bodyLines', () => {
  it('lists the body in order, with the fields of its blocks', () => {
    const lines = bodyLines(
      article({
        body: [
          paragraph(text('Một.')),
          figure({ caption: 'Ảnh', credit: 'Ảnh: A', alt: 'Mô tả' }),
          relatedNews('Tin liên quan', { headline: 'Tin một', summary: 'Tóm tắt' }),
          paragraph(text('Hai.')),
        ],
      }),
    );
    expect(lines.map((line) => `${line.part}:${line.text}`)).toEqual([
      'text:Một.',
      'caption:Ảnh',
      'credit:Ảnh: A',
      'alt:Mô tả',
      'related-heading:Tin liên quan',
      'related-headline:Tin một',
      'related-summary:Tóm tắt',
      'text:Hai.',
    ]);
  });
});
